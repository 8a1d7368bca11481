/**
 * The assistant's use cases: the store's knowledge articles (admins write, revise, publish, unpublish and delete
 * them), the demo store's knowledge, and what the store's published knowledge answers to a question. What the
 * assistant may answer from is read through {@link dev.parley.application.assistant.port.out.LoadKnowledgePort}:
 * published FAQs (the settings context's) and published articles, never drafts.
 */
package dev.parley.application.assistant;
