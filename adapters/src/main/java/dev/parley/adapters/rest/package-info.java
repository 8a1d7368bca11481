/**
 * The REST adapter ({@code /api/v1}): JAX-RS resources that turn HTTP requests into use-case calls, and mappers that
 * turn refusals into RFC 9457 problem documents. Driving.
 */
package dev.parley.adapters.rest;
