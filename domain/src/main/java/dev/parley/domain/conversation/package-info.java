/**
 * Conversations: what a visitor and the store say to each other, in order. Owns {@link
 * dev.parley.domain.conversation.Conversation} and its {@link dev.parley.domain.conversation.Message}s, the rule
 * that closed is final, and the per-conversation sequence numbers every client resumes from. Also owns the images
 * people show in their messages ({@link dev.parley.domain.conversation.Upload}). Other contexts refer to a
 * conversation by its {@link dev.parley.domain.conversation.ConversationId} only.
 */
package dev.parley.domain.conversation;
