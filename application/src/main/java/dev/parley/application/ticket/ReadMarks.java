package dev.parley.application.ticket;

import dev.parley.application.ticket.port.out.ReadMarksPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.ticket.ReadMark;
import dev.parley.domain.ticket.TicketId;

/** An agent's read mark of a ticket, or nothing seen yet when they never opened it. */
final class ReadMarks {

    private ReadMarks() {}

    static ReadMark of(ReadMarksPort readMarks, TicketId ticket, AgentId agent) {
        return readMarks.find(ticket, agent).orElseGet(() -> ReadMark.nothingSeen(ticket, agent));
    }
}
