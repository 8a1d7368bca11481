package dev.parley.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallTalkTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hi",
                "hello!",
                "Hey there :)",
                "Good morning",
                "good evening all",
                "Dzień dobry",
                "dzien dobry",
                "Dobry wieczór!",
                "Cześć",
                "witam",
                "Hej hej",
                "hi hi hi hi hi hi"
            })
    void a_message_that_only_greets_is_a_greeting(String text) {
        assertThat(SmallTalk.of(text)).contains(SmallTalk.GREETING);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "thanks",
                "Thank you very much!",
                "ok thanks",
                "great, thx",
                "Dziękuję bardzo",
                "dzięki za pomoc",
                "super, dziękuję",
                "hi, thanks a lot",
                "ok",
                "OK, got it"
            })
    void a_message_that_thanks_is_thanks(String text) {
        assertThat(SmallTalk.of(text)).contains(SmallTalk.THANKS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "hi, where is my order?",
                "hello, how long does delivery take",
                "Dzień dobry, czy wysyłacie do Niemiec?",
                "thanks, but how do I return it",
                "good",
                "?",
                "ok?",
                "dobrze\uFF1F",
                "Great, so you got it",
                "a ty?",
                "",
                "   ",
                "🙂",
                "do",
                "hi hi hi hi hi hi hi"
            })
    void anything_else_is_not_small_talk(String text) {
        assertThat(SmallTalk.of(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bye", "Thanks, bye!", "do widzenia", "dziękuję, pozdrawiam", "ok bye now"})
    void a_message_that_takes_leave_is_a_goodbye(String text) {
        assertThat(SmallTalk.of(text)).contains(SmallTalk.GOODBYE);
    }
}
