package dev.parley.server.it;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * A WebSocket client on a plain socket, for what {@link FrameSocket} cannot do: a client that stops reading (with a
 * small receive buffer, so that the server's writes back up within seconds), handshakes that are not well formed,
 * and hundreds of sockets at a small cost.
 */
final class RawWebSocket implements AutoCloseable {

    /** One frame as the server sent it. */
    static final class Frame {

        private final int opcode;
        private final byte[] payload;

        Frame(int opcode, byte[] payload) {
            this.opcode = opcode;
            this.payload = payload.clone();
        }

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        boolean isClose() {
            return opcode == 8;
        }

        /** The close code of a close frame. */
        int closeCode() {
            return ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
        }

        /** The reason of a close frame. */
        String closeReason() {
            return new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final int status;

    private RawWebSocket(Socket socket, int status) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.status = status;
    }

    /**
     * Opens a socket with a well-formed handshake.
     *
     * @param receiveBuffer the socket's receive buffer in bytes, or 0 for the system's
     */
    static RawWebSocket open(String path, Optional<String> cookie, int receiveBuffer) {
        String request = "GET " + basePath() + path + " HTTP/1.1\r\nHost: " + hostHeader()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + newKey()
                + "\r\nSec-WebSocket-Version: 13\r\n"
                + cookie.map(value -> "Cookie: " + value + "\r\n").orElse("")
                + "\r\n";
        RawWebSocket socket = send(request, receiveBuffer);
        if (socket.status != 101) {
            socket.close();
            throw new AssertionError("The handshake of " + path + " answered " + socket.status);
        }
        return socket;
    }

    /** Sends a request of any shape to a path and returns the status of the answer. */
    static int handshakeStatus(String path, String headers) {
        try (RawWebSocket socket = send(
                "GET " + basePath() + path + " HTTP/1.1\r\nHost: " + hostHeader() + "\r\n" + headers
                        + "Connection: Upgrade, close\r\n\r\n",
                0)) {
            return socket.status;
        }
    }

    static String newKey() {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    void sendText(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length < 65536) {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xff);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) (((long) payload.length >>> shift) & 0xff));
            }
        }
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        frame.write(mask, 0, 4);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        try {
            out.write(frame.toByteArray());
            out.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The next frame, waiting up to {@code patience}. */
    Frame next(Duration patience) {
        try {
            socket.setSoTimeout((int) patience.toMillis());
            int first = in.readUnsignedByte();
            int second = in.readUnsignedByte();
            long length = second & 0x7f;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = new byte[Math.toIntExact(length)];
            in.readFully(payload);
            return new Frame(first & 0x0f, payload);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Reads frames until the server's close frame, and returns it; fails if the socket ends without one. */
    Frame nextClose(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Frame frame = next(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
            if (frame.isClose()) {
                return frame;
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            throw new UncheckedIOException(alreadyClosed);
        }
    }

    private static RawWebSocket send(String request, int receiveBuffer) {
        URI base = URI.create(ParleyClient.baseUrl());
        Socket socket = new Socket();
        try {
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new RawWebSocket(socket, readStatus(socket.getInputStream()));
        } catch (IOException failed) {
            try {
                socket.close();
            } catch (IOException ignored) {
                failed.addSuppressed(ignored);
            }
            throw new UncheckedIOException(failed);
        }
    }

    /** Reads the answer's status line and headers, up to the empty line; the body, if any, is left unread. */
    private static int readStatus(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("The server closed the connection after: " + head);
            }
            head.append((char) c);
        }
        String statusLine = head.substring(0, head.indexOf("\r\n"));
        return Integer.parseInt(statusLine.split(" ", 3)[1]);
    }

    private static String basePath() {
        String path = URI.create(ParleyClient.baseUrl()).getPath();
        return path == null ? "" : path;
    }

    private static String hostHeader() {
        URI base = URI.create(ParleyClient.baseUrl());
        return base.getHost() + ":" + base.getPort();
    }
}
