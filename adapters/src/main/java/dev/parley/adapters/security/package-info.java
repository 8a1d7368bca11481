/** Security adapters (driven): password hashing with Jakarta Security, third parties' secrets sealed with AES-GCM. */
package dev.parley.adapters.security;
