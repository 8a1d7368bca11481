package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.BehaviourSettings;
import dev.parley.domain.settings.ChatSettings;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqId;
import dev.parley.domain.settings.FaqSettings;
import dev.parley.domain.settings.SettingsSection;
import dev.parley.domain.settings.WelcomeMessage;
import jakarta.inject.Inject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The lock on the store's settings row that a settings change takes when it loads its section for update: two
 * changes at once, of the same section or of two, wait for each other, so that neither is lost and the second builds
 * on the first. Every test gives the settings back as it found them.
 */
@OnArquillianServer
class SettingsLockIT {

    /** How long the first change keeps the lock after the second asked for it. */
    private static final long HOLD_MILLIS = 400;

    @Inject
    SettingsSections settings;

    @Test
    void a_second_change_of_the_same_section_waits_and_sees_the_first() throws Exception {
        settings.keptAsTheyWere(() -> {
            String welcome = Fixtures.unique("Welcome");
            Tx.run(() ->
                    settings.behaviour.save(settings.behaviour.load().withWelcomeMessage(new WelcomeMessage(welcome))));

            Changes<BehaviourSettings> changes =
                    atOnce(settings.behaviour, appendToWelcome(" one"), settings.behaviour, appendToWelcome(" two"));

            assertThat(changes.secondSaw().welcomeMessage().value())
                    .as("what the second change loaded")
                    .isEqualTo(welcome + " one");
            assertThat(Tx.call(() -> settings.behaviour.load()).welcomeMessage().value())
                    .isEqualTo(welcome + " one two");
            assertThat(changes.secondLocked())
                    .as("the second got the lock only after the first was done")
                    .isGreaterThan(changes.firstDone());
        });
    }

    @Test
    void two_faqs_added_at_once_are_both_kept_in_the_order_they_were_added() throws Exception {
        settings.keptAsTheyWere(() -> {
            Faq first = Faq.draft(FaqId.random(), Fixtures.unique("First") + "?", "One.");
            Faq second = Faq.draft(FaqId.random(), Fixtures.unique("Second") + "?", "Two.");

            Changes<FaqSettings> changes =
                    atOnce(settings.faqs, faqs -> faqs.addFaq(first), settings.faqs, faqs -> faqs.addFaq(second));

            assertThat(changes.secondSaw().faq(first.id()))
                    .as("what the second change loaded")
                    .isPresent();
            FaqSettings stored = Tx.call(() -> settings.faqs.load());
            assertThat(stored.faqs()).endsWith(first, second);
            assertThat(changes.secondLocked())
                    .as("the second got the lock only after the first was done")
                    .isGreaterThan(changes.firstDone());
        });
    }

    @Test
    void changes_of_two_sections_at_once_wait_for_each_other_and_both_are_kept() throws Exception {
        settings.keptAsTheyWere(() -> {
            Faq faq = Faq.draft(FaqId.random(), Fixtures.unique("Question") + "?", "Answer.");
            ChatSettings chatBefore = Tx.call(() -> settings.chat.load());
            ChatSettings chatChanged = new ChatSettings(!chatBefore.chatEnabled(), !chatBefore.onsiteWidgetEnabled());

            Changes<ChatSettings> changes =
                    atOnce(settings.faqs, faqs -> faqs.addFaq(faq), settings.chat, chat -> chatChanged);

            assertThat(Tx.call(() -> settings.faqs.load()).faq(faq.id())).contains(faq);
            assertThat(Tx.call(() -> settings.chat.load())).isEqualTo(chatChanged);
            assertThat(changes.secondLocked())
                    .as("the second got the lock only after the first was done")
                    .isGreaterThan(changes.firstDone());
        });
    }

    /**
     * What two changes at once did: the section as the second change loaded it, when the first was done (just before
     * it committed) and when the second got the lock.
     */
    private record Changes<S>(S secondSaw, long firstDone, long secondLocked) {}

    /**
     * Runs two changes in transactions of their own on two threads: the first loads its section for update, saves
     * its change and keeps its transaction open until the second has started loading its own section for update,
     * and a while longer; then it commits.
     */
    private static <F extends SettingsSection<F>, S extends SettingsSection<S>> Changes<S> atOnce(
            SettingsSectionPort<F> firstPort,
            UnaryOperator<F> firstChange,
            SettingsSectionPort<S> secondPort,
            UnaryOperator<S> secondChange)
            throws InterruptedException {
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        Future<Long> first = Tx.elsewhere(() -> {
            firstPort.save(firstChange.apply(firstPort.loadForUpdate()));
            firstHoldsTheLock.countDown();
            if (!secondStarted.await(Tx.PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The second change did not start");
            }
            Thread.sleep(HOLD_MILLIS);
            return System.nanoTime();
        });
        assertThat(firstHoldsTheLock.await(Tx.PATIENCE_SECONDS, TimeUnit.SECONDS))
                .as("the first change holds the lock")
                .isTrue();
        Future<Locked<S>> second = Tx.elsewhere(() -> {
            secondStarted.countDown();
            S loaded = secondPort.loadForUpdate();
            long locked = System.nanoTime();
            secondPort.save(secondChange.apply(loaded));
            return new Locked<>(loaded, locked);
        });
        long firstDone = Tx.await(first);
        Locked<S> secondLocked = Tx.await(second);
        return new Changes<>(secondLocked.loaded(), firstDone, secondLocked.at());
    }

    private record Locked<S>(S loaded, long at) {}

    private static UnaryOperator<BehaviourSettings> appendToWelcome(String text) {
        return behaviour -> behaviour.withWelcomeMessage(
                new WelcomeMessage(behaviour.welcomeMessage().value() + text));
    }
}
