/**
 * Reading the store's own site for the knowledge import (driven): HTTP behind the outbound-request guard ({@link
 * dev.parley.adapters.web.AddressGuard}, which refuses Parley's own network), robots.txt, sitemaps, and the visible
 * text of a page turned into an article's text. The only package that makes requests to other sites.
 */
package dev.parley.adapters.web;
