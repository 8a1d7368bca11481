/**
 * Tags: the admin-managed labels agents put on tickets. Owns {@link dev.parley.domain.tag.Tag}, its {@link
 * dev.parley.domain.tag.TagName} (unique ignoring case) and its {@link dev.parley.domain.tag.TagColour} from a small
 * palette. Which tickets carry which tags is kept by id only; other contexts are referred to by id.
 */
package dev.parley.domain.tag;
