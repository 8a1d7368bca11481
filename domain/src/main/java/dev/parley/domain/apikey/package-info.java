/**
 * API keys: how the store's own servers prove themselves to Parley (the Events API). Owns {@link
 * dev.parley.domain.apikey.ApiKey}, of which Parley keeps only the SHA-256 of the secret and a short prefix to show,
 * and {@link dev.parley.domain.apikey.ApiKeySecret}, which is shown once when the key is created.
 */
package dev.parley.domain.apikey;
