package dev.parley.server.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the first page of the inbox's ticket list on a running Parley (docs/benchmark.md): for each view, warms
 * up, then times {@code parley.bench.requests} sequential requests, on the client (the HTTP call on localhost) and on
 * the server (the elapsed time Liberty writes to its access log), and prints median, p95 and max in milliseconds.
 * It is a program, not a test: timings never fail a build.
 */
public final class TicketListBenchmark {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** {@code GET /api/v1/tickets?...&bench=<run>-<n> HTTP/1.1 200 <microseconds>} in the access log. */
    private static final Pattern ACCESS_LINE = Pattern.compile("[?&]bench=([A-Za-z0-9-]+)\\S* \\S+ (\\d{3}) (\\d+)");

    private final String baseUrl = System.getProperty("parley.bench.baseUrl", "http://localhost:9283");
    private final Path accessLog = Path.of(System.getProperty("parley.bench.accessLog", "bench-access.log"));
    private final int warmup = Integer.getInteger("parley.bench.warmup", 200);
    private final int requests = Integer.getInteger("parley.bench.requests", 300);
    private final String run = Long.toString(System.nanoTime(), 36);
    private String cookie;

    /** A view of the list: a name and the query string of its first page. */
    private record View(String name, String query) {}

    private record Figures(double median, double p95, double max) {

        static Figures of(List<Double> millis) {
            double[] sorted =
                    millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Figures(percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]);
        }

        private static double percentile(double[] sorted, int percent) {
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        String format() {
            return String.format(Locale.ROOT, "%8.2f %8.2f %8.2f", median, p95, max);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        new TicketListBenchmark().measure();
    }

    private void measure() throws InterruptedException {
        awaitReady();
        signIn();
        List<View> views = new ArrayList<>(List.of(
                new View("open, all (default)", "status=open"),
                new View("open, mine", "status=open&assignee=mine"),
                new View("open, unassigned", "status=open&assignee=unassigned"),
                new View("open, unread", "status=open&unread=true"),
                new View("open, sms", "status=open&channel=sms"),
                new View("snoozed", "status=snoozed"),
                new View("closed", "status=closed"),
                new View("every status", "")));
        views.add(new View(
                "open, all, page 2",
                "status=open&cursor=" + URLEncoder.encode(nextCursor("status=open"), StandardCharsets.UTF_8)));
        // Searches (q), with the words bench/generate-tickets.sql writes: most conversations ask for their parcel
        // (a fifth of them in Polish, for their "przesyłka"), one in 1,000 for a refund; visitor 4000 has an email
        // ending .4000@example.com, visitor 4001 is the store user store-user-4001.
        views.add(search("search: common word", "status=open", "parcel"));
        views.add(search("search: common, closed", "status=closed", "parcel"));
        views.add(search("search: Polish word", "status=open", "przesyłka"));
        views.add(search("search: rare word", "status=open", "refund"));
        views.add(search("search: rare, closed", "status=closed", "refund"));
        views.add(search("search: name", "status=open", "żółtowski"));
        views.add(search("search: email", "status=closed", ".4000@example.com"));
        views.add(search("search: store user id", "status=closed", "store-user-4001"));
        views.add(search("search: no match", "status=open", "xylophone"));

        for (int round = 0; round < warmup; round++) {
            for (View view : views) {
                call(view, "w" + round);
            }
        }
        Map<String, List<Double>> client = new HashMap<>();
        for (View view : views) {
            List<Double> times = new ArrayList<>();
            for (int n = 0; n < requests; n++) {
                times.add(call(view, tag(views, view, n)));
            }
            client.put(view.name(), times);
        }
        Map<String, List<Double>> server = serverTimes(views);

        System.out.printf(
                Locale.ROOT,
                "%nTicket list, first page of 50 (%d requests per view after %d warm-up rounds)%n",
                requests,
                warmup);
        System.out.printf(Locale.ROOT, "%-24s | %-26s | %-26s%n", "", "server (access log), ms", "client (HTTP), ms");
        System.out.printf(
                Locale.ROOT,
                "%-24s | %8s %8s %8s | %8s %8s %8s%n",
                "view",
                "median",
                "p95",
                "max",
                "median",
                "p95",
                "max");
        for (View view : views) {
            List<Double> onServer = server.getOrDefault(view.name(), List.of());
            String serverFigures = onServer.size() == requests
                    ? Figures.of(onServer).format()
                    : String.format(Locale.ROOT, "%26s", "(" + onServer.size() + " logged)");
            System.out.printf(
                    Locale.ROOT,
                    "%-24s | %s | %s%n",
                    view.name(),
                    serverFigures,
                    Figures.of(client.get(view.name())).format());
        }
    }

    private static View search(String name, String query, String text) {
        return new View(name, query + "&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    /** Marks a measured request in the access log: the view's place in the list and the request's number. */
    private static String tag(List<View> views, View view, int n) {
        return "v" + views.indexOf(view) + "-" + n;
    }

    /** One request of the view's first page; its time on the client in milliseconds. */
    private double call(View view, String tag) {
        String query = (view.query().isEmpty() ? "" : view.query() + "&") + "bench=" + run + "-" + tag;
        long start = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/tickets?" + query))
                .header("Cookie", cookie)
                .GET());
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET /api/v1/tickets?" + query + " answered " + response.statusCode() + ": " + response.body());
        }
        return millis;
    }

    private String nextCursor(String query) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/tickets?" + query))
                .header("Cookie", cookie)
                .GET());
        JsonObject page = json(response.body());
        if (!page.containsKey("nextCursor") || page.isNull("nextCursor")) {
            throw new IllegalStateException("The view " + query + " has a single page; is the database filled?");
        }
        return page.getString("nextCursor");
    }

    /** The server's own times of the measured requests, from the access log, which Liberty writes with a delay. */
    private Map<String, List<Double>> serverTimes(List<View> views) throws InterruptedException {
        Map<String, String> viewOfTag = new HashMap<>();
        for (View view : views) {
            for (int n = 0; n < requests; n++) {
                viewOfTag.put(run + "-" + tag(views, view, n), view.name());
            }
        }
        Map<String, List<Double>> times = new HashMap<>();
        for (int attempt = 0; attempt < 30; attempt++) {
            times.clear();
            int found = 0;
            for (String line : accessLogLines()) {
                Matcher matcher = ACCESS_LINE.matcher(line);
                if (matcher.find() && viewOfTag.containsKey(matcher.group(1))) {
                    times.computeIfAbsent(viewOfTag.get(matcher.group(1)), name -> new ArrayList<>())
                            .add(Long.parseLong(matcher.group(3)) / 1000.0);
                    found++;
                }
            }
            if (found == viewOfTag.size()) {
                break;
            }
            Thread.sleep(1_000);
        }
        return times;
    }

    private List<String> accessLogLines() {
        try {
            return Files.exists(accessLog) ? Files.readAllLines(accessLog) : List.of();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private void awaitReady() throws InterruptedException {
        IOException lastFailure = null;
        for (int attempt = 0; attempt < 120; attempt++) {
            try {
                if (HTTP.send(
                                        HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                lastFailure = notYet;
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("Parley at " + baseUrl + " did not become ready within 2 minutes", lastFailure);
    }

    private void signIn() {
        String body = Json.createObjectBuilder()
                .add("email", System.getProperty("parley.bench.admin.email", "bench-admin@parley.local"))
                .add("password", System.getProperty("parley.bench.admin.password", "parley-bench-admin"))
                .build()
                .toString();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/agent/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Sign-in failed: " + response.statusCode() + " " + response.body());
        }
        cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("PARLEY_SESSION="))
                .map(header -> header.split(";", 2)[0])
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The sign-in set no session cookie"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
