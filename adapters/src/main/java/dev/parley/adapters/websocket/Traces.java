package dev.parley.adapters.websocket;

import dev.parley.application.cluster.port.out.NodeNudgesPort;
import dev.parley.domain.conversation.ConversationId;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * The spans of what happens on the sockets, for MicroProfile Telemetry: a message from the frame that brought it,
 * through its transaction, to its acknowledgement; and, on another node, the delivery of that message's news, in the
 * same trace. Every span names the node it ran on, so a trace shows which node wrote a message and which delivered it.
 * With OpenTelemetry off (Liberty's default) the tracer does nothing.
 */
@ApplicationScoped
class Traces {

    static final AttributeKey<String> NODE = AttributeKey.stringKey("parley.node");
    static final AttributeKey<String> CONVERSATION = AttributeKey.stringKey("parley.conversation.id");
    static final AttributeKey<Long> SEQ = AttributeKey.longKey("parley.message.seq");
    private static final String TRACEPARENT = "traceparent";
    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private Tracer tracer;
    private String node;

    @Inject
    Traces(Tracer tracer, NodeNudgesPort nudges) {
        this(tracer, nudges.node());
    }

    Traces(Tracer tracer, String node) {
        this.tracer = tracer;
        this.node = node;
    }

    /** For CDI proxies only. */
    protected Traces() {}

    /**
     * Runs the handling of a frame in a span of its own ({@code visitor send}, {@code agent send}, ...), marked as
     * failed when the handling refuses or fails.
     */
    void frame(String name, Runnable handling) {
        Span span = tracer.spanBuilder(name)
                .setSpanKind(SpanKind.SERVER)
                .setAttribute(NODE, node)
                .startSpan();
        within(span, handling);
    }

    /** Marks the current span with the conversation and sequence number of the message it stored. */
    static void stored(ConversationId conversation, long seq) {
        Span.current().setAttribute(CONVERSATION, conversation.toString()).setAttribute(SEQ, seq);
    }

    /** The current span as a W3C {@code traceparent}, or empty when nothing is traced. */
    static String current() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return "";
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.getOrDefault(TRACEPARENT, "");
    }

    /**
     * Runs the delivery of news another node sent in a span that continues the trace of the change that made it (a
     * new trace when none came with it).
     */
    void delivered(ConversationId conversation, long seq, String traceparent, Runnable delivery) {
        Context parent = traceparent.isEmpty()
                ? Context.root()
                : W3CTraceContextPropagator.getInstance()
                        .extract(Context.root(), Map.of(TRACEPARENT, traceparent), FROM_MAP);
        Span span = tracer.spanBuilder("news deliver")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute(NODE, node)
                .setAttribute(CONVERSATION, conversation.toString())
                .setAttribute(SEQ, seq)
                .startSpan();
        within(span, delivery);
    }

    /** Runs the work as the span's, which ends with it, marked as failed when the work throws. */
    private static void within(Span span, Runnable work) {
        Scope scope = span.makeCurrent();
        try {
            work.run();
        } catch (RuntimeException failed) {
            span.recordException(failed);
            span.setStatus(StatusCode.ERROR);
            throw failed;
        } finally {
            scope.close();
            span.end();
        }
    }
}
