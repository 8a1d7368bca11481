/** Mail adapters: the team's emails sent through an SMTP server with Jakarta Mail (driven). */
package dev.parley.adapters.mail;
