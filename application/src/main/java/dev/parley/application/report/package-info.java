/**
 * Reports for the team: conversations per day, first-response and waiting times, and satisfaction over a period of
 * the store's days. Reads what the conversation and helpdesk contexts stored, through its own driven port, and changes
 * nothing.
 */
package dev.parley.application.report;
