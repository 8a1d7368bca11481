package dev.parley.application.settings.port.in;

/** Whom the team's notification context emails about a new ticket, and when. */
@FunctionalInterface
public interface NewTicketEmailsQuery {

    NewTicketEmails newTicketEmails();
}
