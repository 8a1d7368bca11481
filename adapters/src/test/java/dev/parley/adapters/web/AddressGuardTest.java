package dev.parley.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    private final AddressGuard strict = new AddressGuard(false);
    private final AddressGuard allowingPrivate = new AddressGuard(true);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.255.0.9",
                "10.0.0.1",
                "10.255.255.255",
                "172.16.0.1",
                "172.31.255.254",
                "192.168.1.1",
                "100.64.0.1",
                "100.127.255.255",
                "198.18.0.1",
                "192.0.0.8",
                "::1",
                "fc00::1",
                "fd12:3456:789a::1",
                "fec0::1"
            })
    void refuses_loopback_private_cgnat_and_unique_local_addresses_unless_the_operator_allows_them(String address)
            throws UnknownHostException {
        InetAddress parsed = InetAddress.getByName(address);

        assertThat(strict.refusal(parsed)).as(address).isPresent();
        assertThat(allowingPrivate.refusal(parsed)).as(address).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0.0.0.0",
                "0.1.2.3",
                "169.254.169.254",
                "169.254.0.1",
                "224.0.0.1",
                "239.255.255.250",
                "240.0.0.1",
                "255.255.255.255",
                "::",
                "fe80::1",
                "febf::1",
                "ff02::1",
                "2001:0:4136:e378:8000:63bf:3fff:fdd2"
            })
    void refuses_unspecified_link_local_metadata_multicast_and_reserved_addresses_always(String address)
            throws UnknownHostException {
        InetAddress parsed = InetAddress.getByName(address);

        assertThat(strict.refusal(parsed)).as(address).isPresent();
        assertThat(allowingPrivate.refusal(parsed)).as(address).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "::ffff:127.0.0.1",
                "::ffff:7f00:1",
                "::127.0.0.1",
                "::ffff:0:10.0.0.1",
                "64:ff9b::c0a8:101",
                "2002:c0a8:0101::1",
                "::ffff:169.254.169.254",
                "::ffff:0:169.254.169.254",
                "64:ff9b::a9fe:a9fe",
                "2002:a9fe:a9fe::1"
            })
    void judges_an_ipv6_address_that_carries_an_ipv4_one_by_that_ipv4_address(String address)
            throws UnknownHostException {
        assertThat(strict.refusal(InetAddress.getByName(address))).as(address).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "93.184.215.14",
                "8.8.8.8",
                "172.32.0.1",
                "100.128.0.1",
                "2606:4700::6810:84e5",
                "::ffff:8.8.8.8",
                "64:ff9b::808:808",
                "2002:808:808::1"
            })
    void allows_public_addresses(String address) throws UnknownHostException {
        assertThat(strict.refusal(InetAddress.getByName(address))).as(address).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2130706433",
                "0x7f.1",
                "0x7f000001",
                "0177.0.0.1",
                "127.1",
                "127.0.1",
                "0x7f.0.0.1",
                "017700000001",
                "127.0.0.1.",
                "0",
                "00.0.0.0",
                "3232235777"
            })
    void refuses_hosts_written_as_numbers_in_a_hiding_form_before_any_lookup(String host) {
        assertThat(AddressGuard.isHiddenNumber(host)).as(host).isTrue();
        assertThatThrownBy(() -> allowingPrivate.resolve(host))
                .as(host)
                .isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("a number in another form");
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop.example.com", "cafe.be", "dead.beef", "1e100.net", "127.0.0.1", "8.8.8.8", "a1.b2"})
    void reads_names_and_canonical_addresses_as_such(String host) {
        assertThat(AddressGuard.isHiddenNumber(host)).as(host).isFalse();
    }

    @Test
    void resolves_names_and_checks_every_address() throws UnknownHostException {
        assertThatThrownBy(() -> strict.resolve("localhost"))
                .isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> strict.resolve("[::1]")).isInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> strict.resolve("[::ffff:127.0.0.1]")).isInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> allowingPrivate.resolve("169.254.169.254"))
                .isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("metadata");

        assertThat(allowingPrivate.resolve("localhost")).isNotEmpty();
        assertThat(strict.resolve("8.8.8.8")).containsExactly(InetAddress.getByName("8.8.8.8"));
    }
}
