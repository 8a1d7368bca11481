package dev.parley.adapters.languagemodel;

import dev.parley.application.assistant.port.out.AskLanguageModelPort;
import dev.parley.application.assistant.port.out.LanguageModelConfiguration;
import dev.parley.application.assistant.port.out.LanguageModelConfiguration.Endpoint;
import dev.parley.application.assistant.port.out.LanguageModelFailedException;
import dev.parley.domain.assistant.GroundingPrompt;
import dev.parley.domain.assistant.ModelReply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asks an OpenAI-compatible chat-completions endpoint: {@code POST {base}/chat/completions} with the model, the
 * prompt's instruction as the system message and its data as the user message, {@code temperature 0} and {@code
 * response_format json_object}, under {@code Authorization: Bearer <key>} when a key is configured. Redirects are not
 * followed. Whatever is not a {@code 200} with {@code choices[0].message.content} holding {@code {"answer": "...",
 * "citations": [...]}} or {@code {"answer": null}} (a code fence around it is forgiven) is a {@link
 * LanguageModelFailedException} with a short reason: {@code timeout}, {@code unreachable}, {@code http_<status>},
 * {@code too_large}, {@code not_json}, {@code truncated}, {@code bad_shape}.
 */
@ApplicationScoped
public class ChatCompletionsAdapter implements AskLanguageModelPort {

    /** The largest response body read, in bytes. */
    static final int MAX_RESPONSE_BYTES = 256 * 1024;

    private Optional<Endpoint> endpoint;
    private HttpClient http;

    @Inject
    public ChatCompletionsAdapter(LanguageModelConfiguration configuration) {
        this.endpoint = configuration.endpoint();
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(endpoint.map(Endpoint::timeout).orElse(LanguageModelConfiguration.DEFAULT_TIMEOUT))
                .build();
    }

    /** For CDI proxies only. */
    protected ChatCompletionsAdapter() {}

    @Override
    public ModelReply ask(GroundingPrompt prompt) {
        Endpoint model = endpoint.orElseThrow(() -> new LanguageModelFailedException("not_configured"));
        HttpRequest.Builder request = HttpRequest.newBuilder(completions(model.baseUrl()))
                .timeout(model.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(model, prompt), StandardCharsets.UTF_8));
        model.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException late) {
            throw new LanguageModelFailedException("timeout");
        } catch (IOException unreachable) {
            throw new LanguageModelFailedException("unreachable");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LanguageModelFailedException("interrupted");
        }
        String text = read(response);
        if (response.statusCode() != 200) {
            throw new LanguageModelFailedException("http_" + response.statusCode());
        }
        return reply(text);
    }

    /** {@code {base}/chat/completions}, whether the base ends with a slash or not. */
    static URI completions(URI base) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text : text + "/") + "chat/completions");
    }

    /** The request's body: the model, the two messages, and the settings that ask for one JSON object. */
    static String body(Endpoint model, GroundingPrompt prompt) {
        return Json.createObjectBuilder()
                .add("model", model.model())
                .add(
                        "messages",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("role", "system")
                                        .add("content", prompt.instruction()))
                                .add(Json.createObjectBuilder()
                                        .add("role", "user")
                                        .add("content", prompt.data())))
                .add("temperature", 0)
                .add("response_format", Json.createObjectBuilder().add("type", "json_object"))
                .build()
                .toString();
    }

    private String read(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            byte[] bytes = body.readNBytes(MAX_RESPONSE_BYTES + 1);
            if (bytes.length > MAX_RESPONSE_BYTES) {
                throw new LanguageModelFailedException("too_large");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (HttpTimeoutException late) {
            throw new LanguageModelFailedException("timeout");
        } catch (IOException broken) {
            throw new LanguageModelFailedException("unreachable");
        }
    }

    /** The model's reply, read from a chat-completions response's body. */
    static ModelReply reply(String body) {
        JsonObject completion = object(body).orElseThrow(() -> new LanguageModelFailedException("not_json"));
        JsonObject choice = completion.containsKey("choices")
                        && completion.get("choices").getValueType() == JsonValue.ValueType.ARRAY
                        && !completion.getJsonArray("choices").isEmpty()
                        && completion.getJsonArray("choices").get(0).getValueType() == JsonValue.ValueType.OBJECT
                ? completion.getJsonArray("choices").getJsonObject(0)
                : null;
        if (choice == null) {
            throw new LanguageModelFailedException("bad_shape");
        }
        JsonValue finish = choice.get("finish_reason");
        if (finish instanceof JsonString reason && !reason.getString().equals("stop")) {
            throw new LanguageModelFailedException("truncated");
        }
        JsonValue message = choice.get("message");
        if (!(message instanceof JsonObject said) || !(said.get("content") instanceof JsonString content)) {
            throw new LanguageModelFailedException("bad_shape");
        }
        JsonObject answer =
                object(unfenced(content.getString())).orElseThrow(() -> new LanguageModelFailedException("not_json"));
        return answer(answer);
    }

    /** {@code {"answer": "...", "citations": ["P1"]}} or {@code {"answer": null}}. */
    private static ModelReply answer(JsonObject reply) {
        JsonValue answer = reply.get("answer");
        if (answer == null || answer.getValueType() == JsonValue.ValueType.NULL) {
            return ModelReply.declined();
        }
        if (!(answer instanceof JsonString text)) {
            throw new LanguageModelFailedException("bad_shape");
        }
        JsonValue citations = reply.get("citations");
        List<String> cited = new ArrayList<>();
        if (citations instanceof JsonArray list) {
            for (JsonValue id : list) {
                if (!(id instanceof JsonString name)) {
                    throw new LanguageModelFailedException("bad_shape");
                }
                cited.add(name.getString());
            }
        } else if (citations != null && citations.getValueType() != JsonValue.ValueType.NULL) {
            throw new LanguageModelFailedException("bad_shape");
        }
        return new ModelReply(Optional.of(text.getString()), cited);
    }

    /** The text without a Markdown code fence around it, which some models add even when asked for JSON. */
    private static String unfenced(String content) {
        String text = content.strip();
        if (text.startsWith("```") && text.endsWith("```") && text.length() >= 6) {
            text = text.substring(3, text.length() - 3);
            if (text.startsWith("json")) {
                text = text.substring(4);
            }
        }
        return text.strip();
    }

    private static Optional<JsonObject> object(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (JsonException | IllegalStateException notJson) {
            return Optional.empty();
        }
    }
}
