/**
 * The assistant's use cases: the store's AI agent answering a visitor's question first (and handing the conversation
 * off by rules), the store's knowledge articles (admins write, revise, publish, unpublish and delete them), and what the
 * store's published knowledge answers to a question, searched in an index kept current with the knowledge and decided
 * by the answer gate; and the admins' test console, which shows what the AI agent would do with a question by the same
 * rules as its turn. What the assistant may answer from is read through {@link
 * dev.parley.application.assistant.port.out.LoadKnowledgePort}: published FAQs (the settings context's) and published
 * articles, never drafts.
 */
package dev.parley.application.assistant;
