package dev.parley.server;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of the widget, the inbox or the demo store, with the encodings the build stored it in, and how Parley
 * answers a GET or HEAD for it the way a CDN would: the smallest encoding the client accepts ({@link AcceptEncoding}),
 * a strong ETag per encoding (RFC 9110, 8.8.3: each encoding is a representation of its own), {@code 304} when the
 * client has it already, and caching by its name: for good when the name holds the content's hash, otherwise only
 * after asking again.
 *
 * <p>Range requests get the whole file ({@code 200}, {@code Accept-Ranges: none}): the files are small, and a range
 * of a compressed encoding would help no client that Parley serves.
 *
 * @param path the path it is served at, e.g. {@code /widget/parley-chat.js}
 * @param immutable whether its name holds its content's hash, so that it never changes
 * @param representations its bytes in each encoding, identity always among them
 */
record StaticFile(String path, boolean immutable, Map<String, Representation> representations) {

    /** A file whose name holds its hash is the same file for ever: a year is what HTTP caches honour. */
    static final String CACHE_FOR_GOOD = "public, max-age=31536000, immutable";

    /**
     * A file whose name stays (the widget's module, the pages) is kept but asked for again every time ({@code 304}
     * without a body when unchanged): it names the hashed files, and a copy kept past a deploy would name files that
     * are gone.
     */
    static final String ASK_AGAIN = "no-cache";

    private static final Pattern ENTITY_TAG = Pattern.compile("\\s*(W/)?(\"[^\"]*\")\\s*(,|$)");

    /** A file with its bytes in the given encodings; the identity bytes must be among them. */
    static StaticFile of(String path, boolean immutable, Map<String, byte[]> encodings) {
        byte[] identity = encodings.get(AcceptEncoding.IDENTITY);
        if (identity == null) {
            throw new IllegalArgumentException(path + " has no identity bytes");
        }
        String hash = hashOf(identity);
        Map<String, Representation> representations = new LinkedHashMap<>();
        for (String encoding : AcceptEncoding.PREFERENCE) {
            byte[] bytes = encodings.get(encoding);
            if (bytes != null) {
                String tag = encoding.equals(AcceptEncoding.IDENTITY) ? hash : hash + "-" + encoding;
                representations.put(encoding, new Representation(encoding, bytes, "\"" + tag + "\""));
            }
        }
        return new StaticFile(path, immutable, Map.copyOf(representations));
    }

    /** Its media type, by its name's extension; JavaScript is {@code text/javascript} (RFC 9239). */
    String contentType() {
        String name = path.toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "js", "mjs" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "html" -> "text/html; charset=utf-8";
            case "json" -> "application/json";
            case "svg" -> "image/svg+xml";
            case "txt" -> "text/plain; charset=utf-8";
            case "png" -> "image/png";
            case "webp" -> "image/webp";
            case "ico" -> "image/x-icon";
            case "woff2" -> "font/woff2";
            default -> "application/octet-stream";
        };
    }

    String cacheControl() {
        return immutable ? CACHE_FOR_GOOD : ASK_AGAIN;
    }

    /**
     * The answer to a GET ({@code head} false) or HEAD for this file.
     *
     * @param acceptEncoding the request's {@code Accept-Encoding}, or null
     * @param ifNoneMatch the request's {@code If-None-Match}, or null
     * @param ifMatch the request's {@code If-Match}, or null
     */
    Answer answer(boolean head, String acceptEncoding, String ifNoneMatch, String ifMatch) {
        List<String> compressed = representations.keySet().stream()
                .filter(encoding -> !encoding.equals(AcceptEncoding.IDENTITY))
                .toList();
        Representation chosen = representations.get(AcceptEncoding.choose(acceptEncoding, compressed));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", cacheControl());
        headers.put("ETag", chosen.etag());
        if (!compressed.isEmpty()) {
            headers.put("Vary", "Accept-Encoding");
        }
        // RFC 9110, 13.2.2: If-Match first, then If-None-Match.
        if (ifMatch != null && !matches(ifMatch, chosen.etag(), false)) {
            return new Answer(412, headers, null);
        }
        if (ifNoneMatch != null && matches(ifNoneMatch, chosen.etag(), true)) {
            return new Answer(304, headers, null);
        }
        headers.put("Content-Type", contentType());
        if (!chosen.encoding().equals(AcceptEncoding.IDENTITY)) {
            headers.put("Content-Encoding", chosen.encoding());
        }
        headers.put("Accept-Ranges", "none");
        headers.put("Content-Length", Integer.toString(chosen.length()));
        return new Answer(200, headers, head ? null : chosen);
    }

    /**
     * Whether an {@code If-Match} or {@code If-None-Match} list holds the entity tag: {@code *} always does; weak
     * comparison (If-None-Match) ignores {@code W/}, strong comparison (If-Match) never matches a weak tag. A
     * malformed list matches nothing.
     */
    static boolean matches(String header, String etag, boolean weakComparison) {
        if (header.strip().equals("*")) {
            return true;
        }
        Matcher tags = ENTITY_TAG.matcher(header);
        int at = 0;
        List<String> found = new ArrayList<>();
        while (at < header.length() && tags.find(at) && tags.start() == at) {
            if (tags.group(1) == null || weakComparison) {
                found.add(tags.group(2));
            }
            at = tags.end();
        }
        return at == header.length() && found.contains(etag);
    }

    /** The first 128 bits of the SHA-256 of the bytes, base64url: unique enough to tell versions of a file apart. */
    private static String hashOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    /** The file in one encoding: its bytes, which nothing changes, and its entity tag (quoted). */
    static final class Representation {

        private final String encoding;
        private final byte[] bytes;
        private final String etag;

        Representation(String encoding, byte[] bytes, String etag) {
            this.encoding = encoding;
            this.bytes = bytes.clone();
            this.etag = etag;
        }

        String encoding() {
            return encoding;
        }

        String etag() {
            return etag;
        }

        int length() {
            return bytes.length;
        }

        /** A copy of the bytes. */
        byte[] bytes() {
            return bytes.clone();
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(bytes);
        }
    }

    /**
     * What to send: the status, the headers, and the body (null for HEAD, 304 and 412).
     *
     * @param status 200, 304 or 412
     */
    record Answer(int status, Map<String, String> headers, Representation body) {}
}
