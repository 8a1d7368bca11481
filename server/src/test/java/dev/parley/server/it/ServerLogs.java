package dev.parley.server.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The logs of the Liberty server the tests talk to ({@code parley.it.serverName}, under the server command's wlp
 * directory; the black-box tests' server, or the in-container tests' one for the tests that run there): what was
 * written to {@code messages.log} and which FFDC incident files appeared since a mark.
 */
final class ServerLogs {

    /** Where the logs stood: the length of {@code messages.log} and the FFDC files there were. */
    record Mark(long messagesLength, Set<String> ffdc) {}

    private ServerLogs() {}

    static Path directory() {
        String command = System.getProperty("parley.it.serverCommand");
        String server = System.getProperty("parley.it.serverName");
        if (command == null || server == null) {
            throw new IllegalStateException("parley.it.serverCommand and parley.it.serverName name the server's logs");
        }
        return Path.of(command).getParent().getParent().resolve("usr/servers/" + server + "/logs");
    }

    static Mark mark() {
        return new Mark(messagesLog().toFile().length(), ffdcFiles());
    }

    /** What {@code messages.log} gained since the mark (waiting a moment, since the server writes it in batches). */
    static String messagesSince(Mark mark) {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        try (RandomAccessFile log = new RandomAccessFile(messagesLog().toFile(), "r")) {
            long length = log.length();
            if (length <= mark.messagesLength()) {
                return "";
            }
            byte[] added = new byte[Math.toIntExact(length - mark.messagesLength())];
            log.seek(mark.messagesLength());
            log.readFully(added);
            return new String(added, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The FFDC incident files written since the mark. */
    static List<String> ffdcSince(Mark mark) {
        return ffdcFiles().stream()
                .filter(name -> !mark.ffdc().contains(name))
                .sorted()
                .toList();
    }

    private static Path messagesLog() {
        return directory().resolve("messages.log");
    }

    private static Set<String> ffdcFiles() {
        Path ffdc = directory().resolve("ffdc");
        if (!Files.isDirectory(ffdc)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(ffdc)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
