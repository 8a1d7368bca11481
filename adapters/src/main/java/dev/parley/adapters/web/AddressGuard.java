package dev.parley.adapters.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The outbound-request guard: decides which addresses Parley may connect to when it reads the store's site, so that an
 * import can never be turned against Parley's own network (server-side request forgery).
 *
 * <p>Always refused: unspecified ({@code 0.0.0.0/8}, {@code ::}), link-local ({@code 169.254.0.0/16}, which holds the
 * cloud metadata address {@code 169.254.169.254}, and {@code fe80::/10}), multicast ({@code 224.0.0.0/4}, {@code
 * ff00::/8}), reserved and broadcast ({@code 240.0.0.0/4}) and Teredo tunnels ({@code 2001::/32}). Refused unless the
 * operator allows private addresses: loopback ({@code 127.0.0.0/8}, {@code ::1}), private ({@code 10.0.0.0/8}, {@code
 * 172.16.0.0/12}, {@code 192.168.0.0/16}), shared CGNAT ({@code 100.64.0.0/10}), benchmarking ({@code 198.18.0.0/15}),
 * IETF protocol assignments ({@code 192.0.0.0/24}), unique-local ({@code fc00::/7}) and site-local ({@code fec0::/10}).
 * An IPv6 address that carries an IPv4 one (IPv4-mapped {@code ::ffff:0:0/96}, IPv4-compatible {@code ::/96},
 * IPv4-translated {@code ::ffff:0:0:0/96}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) is judged by that
 * IPv4 address.
 *
 * <p>A host written as a number in another form than four decimal parts ({@code 2130706433}, {@code 0x7f.1}, {@code
 * 0177.0.0.1}, {@code 127.1}) is refused outright: system resolvers read such forms as addresses, and no store's
 * site is written so.
 */
final class AddressGuard {

    /** One part of a host written as a number, as the C library's inet_aton reads it: decimal, octal or hex. */
    private static final Pattern NUMERIC_PART = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");

    private static final Pattern CANONICAL_PART = Pattern.compile("0|[1-9][0-9]{0,2}");

    private final boolean allowPrivate;

    /**
     * @param allowPrivate whether loopback, private, CGNAT, unique-local and site-local addresses may be reached
     */
    AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /**
     * Resolves the host once and checks every address it has.
     *
     * @return the addresses, every one allowed
     * @throws RefusedAddressException when the host is written as a number in a hiding form, or any of its addresses is
     *     refused
     * @throws UnknownHostException when it does not resolve
     */
    InetAddress[] resolve(String host) throws UnknownHostException {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (isHiddenNumber(name)) {
            throw new RefusedAddressException(host, "a number in another form than a.b.c.d");
        }
        InetAddress[] addresses = InetAddress.getAllByName(name);
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                throw new RefusedAddressException(host, refusal.get());
            }
        }
        return Arrays.copyOf(addresses, addresses.length);
    }

    /** Why Parley must not connect to this address; empty when it may. */
    Optional<String> refusal(InetAddress address) {
        if (address instanceof Inet4Address) {
            return refusalOfV4(address.getAddress());
        }
        if (address instanceof Inet6Address) {
            return refusalOfV6(address.getAddress());
        }
        return Optional.of("an unknown kind of address");
    }

    /** Whether the host is written as a number that is not four decimal parts (which {@code resolve} reads as is). */
    static boolean isHiddenNumber(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = name.split("\\.", -1);
        if (parts.length > 4
                || !Arrays.stream(parts)
                        .allMatch(part -> NUMERIC_PART.matcher(part).matches())) {
            return false;
        }
        boolean canonical = parts.length == 4
                && !host.endsWith(".")
                && Arrays.stream(parts)
                        .allMatch(part -> CANONICAL_PART.matcher(part).matches() && Integer.parseInt(part) <= 255);
        return !canonical;
    }

    private Optional<String> refusalOfV4(byte[] address) {
        int a = address[0] & 0xff;
        int b = address[1] & 0xff;
        int c = address[2] & 0xff;
        if (a == 0) {
            return Optional.of("unspecified (0.0.0.0/8)");
        }
        if (a == 169 && b == 254) {
            return Optional.of("link-local (169.254.0.0/16, cloud metadata)");
        }
        if (a >= 224 && a <= 239) {
            return Optional.of("multicast (224.0.0.0/4)");
        }
        if (a >= 240) {
            return Optional.of("reserved or broadcast (240.0.0.0/4)");
        }
        Optional<String> privateRange = Optional.empty();
        if (a == 127) {
            privateRange = Optional.of("loopback (127.0.0.0/8)");
        } else if (a == 10) {
            privateRange = Optional.of("private (10.0.0.0/8)");
        } else if (a == 172 && b >= 16 && b <= 31) {
            privateRange = Optional.of("private (172.16.0.0/12)");
        } else if (a == 192 && b == 168) {
            privateRange = Optional.of("private (192.168.0.0/16)");
        } else if (a == 100 && b >= 64 && b <= 127) {
            privateRange = Optional.of("shared CGNAT (100.64.0.0/10)");
        } else if (a == 198 && (b == 18 || b == 19)) {
            privateRange = Optional.of("benchmarking (198.18.0.0/15)");
        } else if (a == 192 && b == 0 && c == 0) {
            privateRange = Optional.of("IETF protocol assignments (192.0.0.0/24)");
        }
        return allowPrivate ? Optional.empty() : privateRange;
    }

    private Optional<String> refusalOfV6(byte[] address) {
        int first = address[0] & 0xff;
        int second = address[1] & 0xff;
        if (allZero(address, 0, 16)) {
            return Optional.of("unspecified (::)");
        }
        if (first == 0xff) {
            return Optional.of("multicast (ff00::/8)");
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return Optional.of("link-local (fe80::/10)");
        }
        if (first == 0x20 && second == 0x01 && address[2] == 0 && address[3] == 0) {
            return Optional.of("a Teredo tunnel (2001::/32)");
        }
        Optional<byte[]> carried = carriedV4(address);
        if (carried.isPresent()) {
            return refusalOfV4(carried.get()).map(why -> why + ", inside an IPv6 address");
        }
        Optional<String> privateRange = Optional.empty();
        if (allZero(address, 0, 15) && address[15] == 1) {
            privateRange = Optional.of("loopback (::1)");
        } else if ((first & 0xfe) == 0xfc) {
            privateRange = Optional.of("unique-local (fc00::/7)");
        } else if (first == 0xfe && (second & 0xc0) == 0xc0) {
            privateRange = Optional.of("site-local (fec0::/10)");
        }
        return allowPrivate ? Optional.empty() : privateRange;
    }

    /** The IPv4 address an IPv6 address carries, for the forms that carry one. */
    private static Optional<byte[]> carriedV4(byte[] address) {
        boolean mapped = allZero(address, 0, 10) && (address[10] & 0xff) == 0xff && (address[11] & 0xff) == 0xff;
        // ::a.b.c.d, but not :: or ::1 (unspecified and loopback are judged as themselves).
        boolean compatible =
                allZero(address, 0, 12) && !(allZero(address, 12, 15) && (address[15] == 0 || address[15] == 1));
        boolean translated = allZero(address, 0, 8)
                && (address[8] & 0xff) == 0xff
                && (address[9] & 0xff) == 0xff
                && allZero(address, 10, 12);
        boolean nat64 = (address[0] & 0xff) == 0x00
                && (address[1] & 0xff) == 0x64
                && (address[2] & 0xff) == 0xff
                && (address[3] & 0xff) == 0x9b
                && allZero(address, 4, 12);
        if (mapped || compatible || translated || nat64) {
            return Optional.of(Arrays.copyOfRange(address, 12, 16));
        }
        if ((address[0] & 0xff) == 0x20 && (address[1] & 0xff) == 0x02) {
            return Optional.of(Arrays.copyOfRange(address, 2, 6));
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
