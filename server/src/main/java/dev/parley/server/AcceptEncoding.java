package dev.parley.server;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which of a file's stored encodings to send for a request's {@code Accept-Encoding} (RFC 9110, 12.5.3), by its
 * q-values: the coding with the highest weight wins, brotli before gzip before none on a tie. Without the header, or
 * when nothing stored is acceptable, the file is sent as it is (identity): RFC 9110 lets a server disregard the header
 * rather than refuse, and every client can read an uncompressed file.
 */
final class AcceptEncoding {

    static final String IDENTITY = "identity";

    /** The codings Parley stores, most preferred first: brotli is the smaller. */
    static final List<String> PREFERENCE = List.of("br", "gzip", IDENTITY);

    /**
     * The weight identity has when the header names neither it nor {@code *}: acceptable (RFC 9110), but the least
     * preferred of the acceptable codings.
     */
    private static final double IMPLICIT_IDENTITY = 0.0001;

    private AcceptEncoding() {}

    /**
     * The coding to send: one of {@code available} (codings in {@link #PREFERENCE}) or {@link #IDENTITY}.
     *
     * @param header the request's {@code Accept-Encoding}, or null when it has none
     */
    static String choose(String header, List<String> available) {
        if (header == null) {
            return IDENTITY;
        }
        Map<String, Double> weights = new HashMap<>();
        for (String element : header.split(",", -1)) {
            parse(element, weights);
        }
        Double star = weights.get("*");
        String best = IDENTITY;
        double bestWeight = 0;
        for (String coding : PREFERENCE) {
            if (!coding.equals(IDENTITY) && !available.contains(coding)) {
                continue;
            }
            double weight = weights.getOrDefault(
                    coding, star != null ? star : (coding.equals(IDENTITY) ? IMPLICIT_IDENTITY : 0));
            if (weight > bestWeight) {
                best = coding;
                bestWeight = weight;
            }
        }
        return best;
    }

    /** Adds one element of the header, {@code coding[;q=weight]}, to the weights; a malformed one adds nothing. */
    private static void parse(String element, Map<String, Double> weights) {
        String[] parts = element.split(";", -1);
        String coding = parts[0].strip().toLowerCase(Locale.ROOT);
        if (coding.isEmpty()) {
            return;
        }
        if (coding.equals("x-gzip")) {
            coding = "gzip";
        }
        double weight = 1;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                String value = parameter.substring(2).strip();
                if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
                    return;
                }
                weight = Double.parseDouble(value);
            }
        }
        weights.put(coding, weight);
    }
}
