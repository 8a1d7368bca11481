package dev.parley.server.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SMTP fake of the email tests (GreenMail on {@code parley.it.smtpPort}, where the server under test sends), for a
 * browser end-to-end script, which cannot read it: every email it receives becomes a file {@code NNNN.json} ({@code
 * to}, {@code subject} and {@code text}, every part decoded) in a directory the script is given, within 200 ms of its
 * arrival, until closed. Each file appears whole (written aside, then moved in).
 *
 * <p>Like every email test's fake, it listens on the one SMTP port the test servers send to: two test runs using it at
 * once would take each other's emails.
 */
final class MailDrop implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MailDrop.class.getName());

    private final GreenMail smtp;
    private final Path directory;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    private ScheduledFuture<?> polling;
    private int dropped;

    private MailDrop(Path directory) {
        this.directory = directory;
        this.smtp = new GreenMail(new ServerSetup(
                Integer.getInteger("parley.it.smtpPort", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** Starts the SMTP fake, and drops what it receives into {@code directory} (made empty first). */
    static MailDrop into(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (var old = Files.list(directory)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        MailDrop drop = new MailDrop(directory);
        drop.smtp.start();
        drop.polling = drop.poller.scheduleWithFixedDelay(drop::dropNew, 0, 200, TimeUnit.MILLISECONDS);
        return drop;
    }

    /** The directory, for the script's {@code PARLEY_E2E_MAILBOX}. */
    Path directory() {
        return directory;
    }

    private synchronized void dropNew() {
        try {
            MimeMessage[] received = smtp.getReceivedMessages();
            while (dropped < received.length) {
                write(received[dropped], String.format("%04d", dropped + 1));
                dropped++;
            }
        } catch (RuntimeException | IOException | MessagingException failure) {
            // The script waiting for the email says what it missed; this says why.
            LOG.log(Level.WARNING, "could not drop a received email for the script", failure);
        }
    }

    private void write(MimeMessage message, String name) throws IOException, MessagingException {
        JsonArrayBuilder to = Json.createArrayBuilder();
        Address[] recipients = message.getAllRecipients();
        if (recipients != null) {
            for (Address recipient : recipients) {
                to.add(recipient.toString());
            }
        }
        String json = Json.createObjectBuilder()
                .add("to", to)
                .add("subject", String.valueOf(message.getSubject()))
                .add("text", decoded(message))
                .build()
                .toString();
        Path aside = directory.resolve(name + ".part");
        Files.writeString(aside, json, StandardCharsets.UTF_8);
        Files.move(aside, directory.resolve(name + ".json"), StandardCopyOption.ATOMIC_MOVE);
    }

    private static String decoded(MimeMessage message) throws IOException, MessagingException {
        Object content = message.getContent();
        if (!(content instanceof MimeMultipart parts)) {
            return String.valueOf(content);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            text.append(parts.getBodyPart(i).getContent()).append('\n');
        }
        return text.toString();
    }

    @Override
    public void close() {
        polling.cancel(false);
        poller.shutdownNow();
        try {
            poller.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            smtp.stop();
        }
    }
}
