/**
 * Requests to other sites (driven), all behind the outbound-request guard ({@link dev.parley.adapters.web.AddressGuard},
 * which refuses Parley's own network): reading the store's own site for the knowledge import (robots.txt, sitemaps,
 * the visible text of a page turned into an article's text) and posting webhooks to the store's receivers. With the
 * language-model adapter, the only package that makes requests to other sites.
 */
package dev.parley.adapters.web;
