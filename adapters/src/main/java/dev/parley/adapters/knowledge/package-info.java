/**
 * The assistant's built-in retrieval (driven): the store's published knowledge in an in-memory Lucene index, searched
 * with English and Polish (Stempel) analysis. No network, no model, no key: it runs wherever Parley runs.
 */
package dev.parley.adapters.knowledge;
