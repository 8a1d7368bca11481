package dev.parley.adapters.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves hosts for the HTTP client through the {@link AddressGuard}: the client connects only to addresses this
 * resolver answered, which the guard checked, so a name that resolves differently a moment later (DNS rebinding) is
 * never looked up a second time.
 */
final class GuardedDnsResolver implements DnsResolver {

    private final AddressGuard guard;

    GuardedDnsResolver(AddressGuard guard) {
        this.guard = guard;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return guard.resolve(host);
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(guard.resolve(host))
                .map(address -> new InetSocketAddress(address, port))
                .toList();
    }

    /** The name as given: nothing is looked up for it, so nothing can answer differently. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
