/**
 * The operator's language model (driven): an OpenAI-compatible chat-completions endpoint ({@code POST
 * {base}/chat/completions}), which hosted APIs and local servers such as Ollama or llama.cpp speak alike. It is sent
 * the AI agent's prompt and nothing else, with no tools; its reply is read as the JSON it was asked for, and the AI
 * agent checks it before a visitor may see it. The key goes in the {@code Authorization} header only: never in a body,
 * a log line or an exception.
 */
package dev.parley.adapters.languagemodel;
