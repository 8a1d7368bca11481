/**
 * The tag list's use cases: admins add, rename, recolour and delete tags; every agent lists them. Which tickets carry
 * which tags is the ticket context's business (it asks this one whether a tag exists).
 */
package dev.parley.application.tag;
