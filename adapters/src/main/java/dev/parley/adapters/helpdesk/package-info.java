/**
 * The store's external helpdesks over their REST APIs (driven): Zendesk Support (OAuth client credentials, a ticket
 * with a private first comment and an {@code Idempotency-Key}) and Gorgias (HTTP Basic, a ticket with the customer's
 * first message and an {@code external_id} looked up before a ticket is made again). Their base addresses come from
 * configuration (the account is one checked DNS label), so that tests point them at a fake.
 */
package dev.parley.adapters.helpdesk;
