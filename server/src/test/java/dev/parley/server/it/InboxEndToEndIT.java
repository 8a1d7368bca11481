package dev.parley.server.it;

import static dev.parley.server.it.EndToEndScripts.run;

import org.junit.jupiter.api.Test;

/**
 * The agent inbox {@code <parley-inbox>} in real browsers, through {@code widget/e2e/inbox.e2e.mjs}: two agents and a
 * visitor, the badge, unread marks, replies, images, Seen, snoozing, closing, and what agents may not do;
 * internal notes with mentions ({@code widget/e2e/notes.e2e.mjs}); the visitor's satisfaction rating on the ticket
 * and in the reports ({@code widget/e2e/rating.e2e.mjs}); the store's name in the widget and the team's presence
 * ({@code widget/e2e/presence.e2e.mjs}); tags, the tag filter and saved views ({@code widget/e2e/tags.e2e.mjs}); the admins' knowledge screen and the AI agent's test
 * console, and the import of a page of the store's site ({@code widget/e2e/knowledge.e2e.mjs}); the admins' webhooks screen
 * with a receiver of its own ({@code widget/e2e/webhooks.e2e.mjs}); the handoff settings and a visitor handed off to a
 * fake Zendesk of the script's own ({@code widget/e2e/handoff.e2e.mjs}); a text from the demo's phone simulator that
 * becomes an SMS ticket, answered from the inbox and shown delivered on the phone ({@code widget/e2e/sms.e2e.mjs}).
 */
class InboxEndToEndIT {

    @Test
    void two_agents_work_the_inbox_live_while_a_visitor_chats_and_an_agent_cannot_reach_the_settings()
            throws Exception {
        run("e2e/inbox.e2e.mjs");
    }

    @Test
    void an_agent_writes_a_note_mentioning_another_who_sees_it_live_while_the_visitor_sees_nothing() throws Exception {
        run("e2e/notes.e2e.mjs");
    }

    @Test
    void the_store_sets_a_customers_profile_and_posts_an_event_and_the_agent_sees_both_beside_the_ticket()
            throws Exception {
        run("e2e/profile.e2e.mjs");
    }

    @Test
    void a_visitor_rates_the_ended_chat_bad_the_agent_sees_it_on_the_ticket_live_and_the_report_shows_it()
            throws Exception {
        run("e2e/rating.e2e.mjs");
    }

    @Test
    void the_widget_speaks_under_the_stores_name_and_follows_whether_anyone_of_the_team_is_online() throws Exception {
        run("e2e/presence.e2e.mjs");
    }

    @Test
    void an_admin_keeps_tags_an_agent_tags_a_ticket_another_sees_it_live_filters_by_it_and_saves_a_view()
            throws Exception {
        run("e2e/tags.e2e.mjs");
    }

    @Test
    void an_admin_writes_and_publishes_an_article_and_the_test_console_answers_from_it_or_says_why_it_hands_off()
            throws Exception {
        run("e2e/knowledge.e2e.mjs");
    }

    @Test
    void an_admin_adds_a_webhook_sends_a_test_event_it_arrives_signed_with_the_secret_shown_once_and_deletes_it()
            throws Exception {
        run("e2e/webhooks.e2e.mjs");
    }

    @Test
    void an_admin_connects_zendesk_and_a_visitor_asked_for_an_address_is_handed_off_to_one_ticket_there()
            throws Exception {
        run("e2e/handoff.e2e.mjs");
    }

    @Test
    void a_phone_texts_the_store_an_agent_answers_the_sms_ticket_and_the_reply_is_delivered_to_the_phone()
            throws Exception {
        run("e2e/sms.e2e.mjs");
    }
}
