package dev.parley.adapters.mail;

import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where and how Parley reaches the store's SMTP server ({@code PARLEY_SMTP_*}). Without a host no email can be sent.
 * The password is never printed.
 *
 * @param host the server's host name; empty when none is configured
 * @param port the server's port, 587 (submission) unless told otherwise
 * @param username the account to sign in with, if the server needs one
 * @param password its password
 * @param from the sender address
 * @param startTls whether the connection must be upgraded to TLS before anything is sent
 */
record SmtpSettings(
        Optional<String> host,
        int port,
        Optional<String> username,
        Optional<String> password,
        String from,
        boolean startTls) {

    /** How long to wait for the server to answer a connection, and then each command, in milliseconds. */
    static final int TIMEOUT_MILLIS = 20_000;

    SmtpSettings {
        host = Objects.requireNonNull(host, "host").map(String::strip).filter(given -> !given.isEmpty());
        username = Objects.requireNonNull(username, "username").filter(given -> !given.isBlank());
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
    }

    boolean configured() {
        return host.isPresent();
    }

    boolean signsIn() {
        return username.isPresent();
    }

    /** Jakarta Mail's session properties for these settings. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        host.ifPresent(name -> properties.setProperty("mail.smtp.host", name));
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.auth", Boolean.toString(signsIn()));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        // Never send a password, or anything, in the clear when TLS was asked for.
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
        return properties;
    }

    /** Names the server, never the password. */
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host.orElse("none") + ", port=" + port + ", signsIn=" + signsIn() + ", startTls="
                + startTls + "]";
    }
}
