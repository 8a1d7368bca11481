package dev.parley.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandoffIntentTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I want to talk to a human",
                "Can I speak to a real person please?",
                "agent",
                "Human!",
                "connect me with an agent",
                "I need to contact your support team",
                "chcę rozmawiać z człowiekiem",
                "chce rozmawiac z czlowiekiem",
                "Poproszę konsultanta",
                "konsultant",
                "Czy mogę porozmawiać z pracownikiem sklepu?",
                "połącz mnie z konsultantem",
                "potrzebuję kontaktu z żywą osobą",
                "connect me with customer service",
                "Can I talk to customer support?",
                "chcę porozmawiać z obsługą klienta"
            })
    void hears_a_request_for_a_person_in_english_and_polish(String text) {
        assertThat(HandoffIntent.asksForPerson(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "How long is shipping?",
                "Jak długo trwa wysyłka?",
                "Do you ship to Germany?",
                "What payment methods do you accept?",
                "Is this jacket made in a factory that respects human rights?",
                "",
                "   ",
                "Czy mogę zwrócić buty?"
            })
    void does_not_hear_one_in_questions_about_the_store(String text) {
        assertThat(HandoffIntent.asksForPerson(text)).isFalse();
    }

    @Test
    void reads_polish_without_its_diacritics() {
        assertThat(HandoffIntent.plain("Człowiek, ŻYWY!")).isEqualTo("czlowiek  zywy");
    }
}
