/**
 * Rate limits and sign-in lock-outs (driven): counted in this node's memory with Bucket4j token buckets, or, in a
 * cluster, in PostgreSQL rows every node shares.
 */
package dev.parley.adapters.ratelimit;
