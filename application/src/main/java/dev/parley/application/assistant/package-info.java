/**
 * The assistant's use cases: what the store's published knowledge answers to a visitor's question, searched in an
 * index kept current with the knowledge and decided by the answer gate. Storing the knowledge is the knowledge's
 * business; the index is a driven port.
 */
package dev.parley.application.assistant;
