-- The team's emails about new tickets are coalesced: while the last one is recent, new tickets wait for one summary.
-- The worker asks for the time of the last email sent on every round; this index answers it without a scan.
CREATE INDEX ticket_notification_sent_idx ON ticket_notification (status, sent_at);
