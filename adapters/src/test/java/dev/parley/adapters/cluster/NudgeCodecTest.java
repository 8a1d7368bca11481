package dev.parley.adapters.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.cluster.port.Nudge;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.note.NoteId;
import dev.parley.domain.profile.ProfileId;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.team.Presence;
import dev.parley.domain.team.SessionEnd;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NudgeCodecTest {

    private static final String ONE = "a".repeat(64);
    private static final String TWO = "b".repeat(64);
    private static final String TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    @Test
    void everyKindOfNudgeReadsBackAsItWasWritten() {
        AgentId agent = AgentId.of(UUID.randomUUID().toString());
        List<Nudge> nudges = List.of(
                new Nudge.ConversationNews(ConversationId.random(), 42),
                new Nudge.ConversationNews(ConversationId.random(), 43, TRACE),
                new Nudge.ProfileNews(
                        ProfileId.parse(UUID.randomUUID().toString()),
                        VisitorId.of(UUID.randomUUID().toString())),
                new Nudge.SettingsNews("availability", 300),
                new Nudge.MacrosNews(),
                new Nudge.TagsNews(),
                new Nudge.NoteNews(NoteId.random()),
                new Nudge.SessionsEnded(agent, Set.of(ONE, TWO), SessionEnd.PASSWORD_CHANGED.name()),
                new Nudge.SessionsEnded(agent, Set.of(), SessionEnd.REMOVED.name()),
                new Nudge.SessionRotated(ONE, TWO),
                new Nudge.PresenceNews("node-1.example|b#0a1b2c3d", agent, Presence.AWAY.name(), true),
                new Nudge.PresenceNews("b", agent, Presence.OFFLINE.name(), false),
                new Nudge.Typing(ConversationId.random(), "agent", "Zoë | Ann\nthe second line", false),
                new Nudge.Typing(ConversationId.random(), "visitor", null, true),
                new Nudge.TeamNews("node-1.example|b", true, Map.of()),
                new Nudge.TeamNews("b", false, Map.of()),
                new Nudge.TeamNews(
                        "b",
                        true,
                        Map.of(
                                agent,
                                Presence.ONLINE.name(),
                                AgentId.of(UUID.randomUUID().toString()),
                                "AWAY")),
                new Nudge.StatusNews(agent),
                new Nudge.NodeLeaving("node-1.example|b#0a1b2c3d"));
        for (Nudge nudge : nudges) {
            String line = NudgeCodec.encode(nudge);
            assertThat(line).doesNotContain("\n");
            assertThat(NudgeCodec.decode(line)).contains(nudge);
        }
    }

    @Test
    void theMostAgentsARelayNamesInOneNudgeStayFarUnderThePayloadLimit() {
        java.util.Map<AgentId, String> present = new java.util.HashMap<>();
        for (int i = 0; i < 80; i++) {
            present.put(AgentId.of(UUID.randomUUID().toString()), Presence.ONLINE.name());
        }
        String line = NudgeCodec.encode(new Nudge.TeamNews("node-with-a-rather-long-name.example.com", true, present));
        assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThan(5_000);
        assertThat(NudgeCodec.decode(line))
                .contains(new Nudge.TeamNews("node-with-a-rather-long-name.example.com", true, present));
    }

    @Test
    void whatThePreviousVersionWroteOfTheTeamReadsWithNoAgentsAndItsPresenceFromANodeItDoesNotName() {
        AgentId agent = AgentId.of(UUID.randomUUID().toString());

        assertThat(NudgeCodec.decode("t|b|true")).contains(new Nudge.TeamNews("b", true, Map.of()));
        assertThat(NudgeCodec.decode("e|" + agent + "|ONLINE|true|false"))
                .as("from a node that does not say which")
                .contains(new Nudge.PresenceNews("", agent, "ONLINE", true));
        assertThat(NudgeCodec.encode(new Nudge.PresenceNews("b#1", agent, "AWAY", true)))
                .as(
                        "the previous version reads the agent, the presence and whether anyone is online where it wrote them")
                .isEqualTo("e|" + agent + "|AWAY|true|false|b%231");
    }

    @Test
    void conversationNewsWithoutATraceReadsAsAnOlderNodeWroteItAndABadTraceIsDroppedButNotTheNews() {
        ConversationId conversation = ConversationId.random();

        assertThat(NudgeCodec.encode(new Nudge.ConversationNews(conversation, 5)))
                .as("untraced news is written as before traces travelled")
                .isEqualTo("c|" + conversation + "|5");
        assertThat(NudgeCodec.decode("c|" + conversation + "|5"))
                .contains(new Nudge.ConversationNews(conversation, 5, ""));
        for (String bad : List.of("not-a-trace", TRACE.toUpperCase(Locale.ROOT), TRACE + "-ff", "%0A" + TRACE)) {
            assertThat(NudgeCodec.decode("c|" + conversation + "|5|" + bad))
                    .as(bad)
                    .contains(new Nudge.ConversationNews(conversation, 5, ""));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "x|1",
                "c",
                "c|not-a-uuid|1",
                "c|" + "00000000-0000-0000-0000-000000000001|many",
                "a|agent|NO_SUCH_REASON|",
                "t|b|true|00000000-0000-4000-8000-000000000001:OFFLINE",
                "t|b|true|00000000-0000-4000-8000-000000000001",
                "t|b|true|not-an-agent:ONLINE",
                "t|b|true|00000000-0000-4000-8000-000000000001:HERE",
                "r|short|short",
                "e|x|ONLINE",
                "e|00000000-0000-0000-0000-000000000001|LURKING|true|true",
                "a|00000000-0000-0000-0000-000000000001|REMOVED|not-a-hash",
                "a|00000000-0000-0000-0000-000000000001|removed|"
            })
    void aLineThatDoesNotParseIsReadAsNothing(String line) {
        assertThat(NudgeCodec.decode(line)).isEmpty();
    }

    @Test
    void payloadsStayUnderTheLimitAndKeepEveryLineInOrder() {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lines.add(NudgeCodec.encode(new Nudge.ConversationNews(ConversationId.random(), i)));
        }
        List<String> payloads = NudgeCodec.payloads("node-a", lines);

        assertThat(payloads).hasSizeGreaterThan(1);
        List<String> read = new java.util.ArrayList<>();
        for (String payload : payloads) {
            assertThat(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(NudgeCodec.MAX_PAYLOAD_BYTES);
            List<String> parts = List.of(payload.split("\n", -1));
            assertThat(parts.get(0)).isEqualTo("node-a");
            read.addAll(parts.subList(1, parts.size()));
        }
        assertThat(read).isEqualTo(lines);
    }
}
