package dev.parley.server.it;

import static dev.parley.server.it.EndToEndScripts.required;
import static dev.parley.server.it.EndToEndScripts.run;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The visitor widget {@code <parley-chat>} in a real browser, through the widget's end-to-end scripts in
 * {@code widget/e2e/} (each script's header says what it checks; they put back any setting they change). The emails a
 * visitor gets are read from the email tests' SMTP fake, so that test shares its port with them.
 */
class WidgetEndToEndIT {

    @Test
    void outside_business_hours_the_visitor_sees_when_the_team_is_back_and_receives_the_away_message()
            throws Exception {
        run("e2e/away.e2e.mjs");
    }

    @Test
    void the_ai_agent_answers_first_with_its_source_and_talk_to_a_person_hands_off_in_english_and_polish()
            throws Exception {
        run("e2e/assistant.e2e.mjs");
    }

    @Test
    void on_a_polish_page_or_with_lang_pl_the_widget_speaks_polish() throws Exception {
        run("e2e/polish.e2e.mjs");
    }

    @Test
    void a_visitor_chats_and_ends_the_chat_with_the_keyboard_alone_and_always_sees_the_focus() throws Exception {
        run("e2e/keyboard.e2e.mjs");
    }

    @Test
    void until_the_chat_is_opened_the_widget_loads_only_its_small_module_stores_nothing_and_blocks_nothing()
            throws Exception {
        run("e2e/privacy.e2e.mjs");
    }

    @Test
    void one_visitor_in_two_tabs_sees_the_same_thread_in_both_and_ending_it_in_one_ends_it_in_the_other()
            throws Exception {
        run("e2e/two-tabs.e2e.mjs");
    }

    @Test
    void a_forged_identity_is_refused_and_a_signed_one_chats_as_the_store_user() throws Exception {
        run("e2e/identity.e2e.mjs");
    }

    @Test
    void messages_written_offline_reach_the_agent_once_each_in_order_when_the_browser_is_back_online()
            throws Exception {
        run("e2e/offline.e2e.mjs");
    }

    @Test
    void images_go_both_ways_an_agents_shows_in_the_widget_and_a_visitors_attached_one_shows_in_the_inbox()
            throws Exception {
        run("e2e/images.e2e.mjs");
    }

    @Test
    void the_demo_store_signs_its_customer_in_with_a_server_signed_identity_followed_on_every_device()
            throws Exception {
        run("e2e/demo.e2e.mjs");
    }

    @Test
    void while_the_team_is_away_the_visitor_leaves_an_email_that_agents_see_in_english_and_polish() throws Exception {
        run("e2e/awaymail.e2e.mjs");
    }

    /** Runs through the SMTP fake of the email tests, whose emails the script reads: see {@link MailDrop}. */
    @Test
    void a_visitor_who_left_opens_the_emailed_reply_link_answers_and_has_the_conversation_emailed() throws Exception {
        Path mailbox = Path.of(required("parley.it.screenshots", "where the scripts save their screenshots"))
                .toAbsolutePath()
                .resolveSibling("e2e-mailbox");
        try (MailDrop drop = MailDrop.into(mailbox)) {
            run(
                    "e2e/visitor-email.e2e.mjs",
                    Map.of("PARLEY_E2E_MAILBOX", drop.directory().toString()));
        }
    }
}
