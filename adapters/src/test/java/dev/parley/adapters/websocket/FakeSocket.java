package dev.parley.adapters.websocket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A socket for the tests: a {@link Session} whose asynchronous writes complete at once while the client reads, and
 * wait while it does not (as a client that stopped reading makes the server's writes wait), and whose close is
 * recorded.
 */
final class FakeSocket {

    private static final AtomicInteger IDS = new AtomicInteger();

    final String id = "s" + IDS.incrementAndGet();
    final List<String> written = new ArrayList<>();
    final List<SendHandler> waiting = new ArrayList<>();
    volatile boolean reading = true;
    volatile boolean open = true;
    volatile CloseReason closedWith;
    /** How often the server asked whether the socket is open: what a connection costs a piece of news. */
    final AtomicInteger openChecks = new AtomicInteger();
    /** What the client does on reading each frame, on the writing thread (as a client's next frame may arrive). */
    volatile Consumer<String> onRead = frame -> {};

    final Session session = (Session) Proxy.newProxyInstance(
            FakeSocket.class.getClassLoader(), new Class<?>[] {Session.class}, (proxy, method, args) -> {
                return switch (method.getName()) {
                    case "getId" -> id;
                    case "isOpen" -> {
                        openChecks.incrementAndGet();
                        yield open;
                    }
                    case "close" -> {
                        closedWith = args == null
                                ? new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "")
                                : (CloseReason) args[0];
                        open = false;
                        yield null;
                    }
                    case "getAsyncRemote" -> async();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "FakeSocket " + id;
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            });

    private RemoteEndpoint.Async async() {
        return (RemoteEndpoint.Async) Proxy.newProxyInstance(
                FakeSocket.class.getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 2) {
                        synchronized (this) {
                            written.add((String) args[0]);
                            if (!reading) {
                                waiting.add((SendHandler) args[1]);
                                return null;
                            }
                        }
                        onRead.accept((String) args[0]);
                        ((SendHandler) args[1]).onResult(new SendResult());
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The close code the server closed with, or 0 while open. */
    int closeCode() {
        CloseReason reason = closedWith;
        return reason == null ? 0 : reason.getCloseCode().getCode();
    }

    synchronized List<String> written() {
        return List.copyOf(written);
    }
}
