/**
 * The assistant: the store's AI agent, which answers a visitor first from the store's own knowledge (its published
 * FAQs and {@link dev.parley.domain.assistant.KnowledgeArticle knowledge articles}) and hands the conversation to a
 * person when it cannot. Its rules live here: what an article is and when the assistant may use it (published, never
 * a draft), what a piece of knowledge is as the assistant searches it ({@link
 * dev.parley.domain.assistant.KnowledgeEntry}), what the search found ({@link dev.parley.domain.assistant.Hit}) and
 * how an {@link dev.parley.domain.assistant.Answer} is decided from it. Search scores are not confidences: whether to
 * answer is decided by gates on how much of the question the best passage covers and how far it leads the runner-up,
 * never by a model.
 */
package dev.parley.domain.assistant;
