/** Security adapters: password hashing with Jakarta Security (driven). */
package dev.parley.adapters.security;
