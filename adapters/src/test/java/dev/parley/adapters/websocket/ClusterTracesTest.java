package dev.parley.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.cluster.port.Nudge;
import dev.parley.application.conversation.port.out.ConversationNews;
import dev.parley.domain.shared.AgentId;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A message's trace crosses from the node that wrote it to the node that delivered it. */
class ClusterTracesTest {

    private final List<SpanData> spans = new CopyOnWriteArrayList<>();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(new SpanExporter() {
                @Override
                public CompletableResultCode export(Collection<SpanData> ended) {
                    spans.addAll(ended);
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode flush() {
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode shutdown() {
                    return CompletableResultCode.ofSuccess();
                }
            }))
            .build();

    private final Connections.History history = new Connections.History();
    private final SentNudges toOtherNodes = new SentNudges();

    @AfterEach
    void close() {
        provider.close();
    }

    private ClusterRelay node(Traces traces, ConnectionRegistry registry) {
        return new ClusterRelay(
                toOtherNodes,
                registry,
                null,
                null,
                null,
                null,
                null,
                traces,
                Runnable::run,
                null,
                Duration.ofSeconds(2));
    }

    private SpanData span(String name) {
        return spans.stream()
                .filter(span -> span.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no span '" + name + "' among " + spans));
    }

    @Test
    void the_node_that_delivers_a_message_continues_the_trace_of_the_node_that_wrote_it() {
        ClusterRelay writer = node(new Traces(provider.get("parley"), "a"), null);
        ConnectionRegistry readers = Connections.registry(100, history, new Connections.Inbox().query());
        FakeSocket reader = new FakeSocket();
        Connection connection = readers.open(reader.session, Connection.Side.AGENT, Optional.empty());
        connection.watchInbox(AgentId.random());
        connection.follow(history.conversation, 0);
        ClusterRelay deliverer = node(new Traces(provider.get("parley"), "b"), readers);

        new Traces(provider.get("parley"), "a").frame("visitor send", () -> {
            history.post("Do you ship to Gdańsk?");
            Traces.stored(history.conversation, 1);
            writer.onNews(new ConversationNews(history.conversation, 1));
        });
        Nudge.ConversationNews nudge = (Nudge.ConversationNews) toOtherNodes.only();
        deliverer.received(nudge);

        SpanData written = span("visitor send");
        SpanData delivered = span("news deliver");
        assertThat(nudge.trace())
                .as("the nudge carries the span that wrote the message, as a W3C traceparent")
                .isEqualTo("00-" + written.getTraceId() + "-" + written.getSpanId() + "-"
                        + written.getSpanContext().getTraceFlags().asHex());
        assertThat(written.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(written.getAttributes().get(Traces.NODE)).isEqualTo("a");
        assertThat(written.getAttributes().get(Traces.CONVERSATION)).isEqualTo(history.conversation.toString());
        assertThat(written.getAttributes().get(Traces.SEQ)).isEqualTo(1L);
        assertThat(delivered.getTraceId()).isEqualTo(written.getTraceId());
        assertThat(delivered.getParentSpanId()).isEqualTo(written.getSpanId());
        assertThat(delivered.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(delivered.getAttributes().get(Traces.NODE)).isEqualTo("b");
        assertThat(delivered.getAttributes().get(Traces.SEQ)).isEqualTo(1L);
        assertThat(reader.written())
                .as("the news was delivered inside its span")
                .anyMatch(frame -> frame.contains("\"type\":\"message\"") && frame.contains("Gdańsk"));
    }

    @Test
    void news_that_came_without_a_trace_starts_one_of_its_own() {
        ConnectionRegistry readers = Connections.registry(100, history, new Connections.Inbox().query());
        ClusterRelay deliverer = node(new Traces(provider.get("parley"), "b"), readers);

        deliverer.received(new Nudge.ConversationNews(history.conversation, 4));

        SpanData delivered = span("news deliver");
        assertThat(delivered.getParentSpanContext().isValid()).isFalse();
        assertThat(delivered.getAttributes().get(Traces.NODE)).isEqualTo("b");
    }

    @Test
    void a_frame_that_fails_ends_its_span_as_failed_and_the_failure_goes_on_to_the_socket() {
        Traces traces = new Traces(provider.get("parley"), "a");

        assertThatThrownBy(() -> traces.frame("agent send", () -> {
                    throw new IllegalStateException("the database is gone");
                }))
                .hasMessage("the database is gone");

        SpanData failed = span("agent send");
        assertThat(failed.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(failed.getEvents()).anyMatch(event -> event.getName().equals("exception"));
        assertThat(failed.hasEnded()).isTrue();
    }

    @Test
    void with_telemetry_off_no_trace_travels_in_the_nudges() {
        Traces off = new Traces(OpenTelemetry.noop().getTracer("parley"), "a");
        ClusterRelay writer = node(off, null);

        off.frame("visitor send", () -> writer.onNews(new ConversationNews(history.conversation, 2)));

        assertThat(((Nudge.ConversationNews) toOtherNodes.only()).trace()).isEmpty();
        assertThat(spans).isEmpty();
    }
}
