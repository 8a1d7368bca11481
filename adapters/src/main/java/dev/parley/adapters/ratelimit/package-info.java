/** Rate limits: counting uses per key in this node's memory, with Bucket4j token buckets (driven). */
package dev.parley.adapters.ratelimit;
