/**
 * The demo store's files that Parley ships for {@code /demo/} (a driven adapter): its knowledge, which an empty store
 * gets at start-up in demo mode when asked for ({@code PARLEY_DEMO_KNOWLEDGE}).
 */
package dev.parley.adapters.demo;
