package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.arquillian.ParleyDeployment;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The composition root as the server really wires it: every port of the application (use cases, queries and driven
 * ports alike) has exactly one CDI bean in the deployed WAR, and every use case and query can be created with all it
 * injects. The list of ports is read from the application's classes when the archive is built
 * ({@link ParleyDeployment#PORTS}), so a new port is checked without touching this test. A generic port counts once
 * for each of its type arguments, such as every settings section's store.
 */
@OnArquillianServer
class CdiWiringIT {

    private static final String PORTS = ParleyDeployment.PORTS;

    @Inject
    BeanManager beans;

    @Test
    void every_port_has_exactly_one_bean() {
        List<Class<?>> ports = ports();
        assertThat(ports).as("ports found in the application").hasSizeGreaterThan(40);
        for (Class<?> port : ports) {
            if (port.getTypeParameters().length == 0) {
                Set<Bean<?>> found = beans.getBeans(port);
                assertThat(found).as("beans of %s", port.getName()).hasSize(1);
                continue;
            }
            // A generic port is a port for each of its type arguments (SettingsSectionPort<ChatSettings>, ...): a
            // bean of one of them is no bean of the raw type, so each type argument the beans offer is counted.
            Set<ParameterizedType> kinds = kindsOf(port);
            assertThat(kinds)
                    .as("the kinds of %s that beans offer", port.getName())
                    .isNotEmpty();
            for (ParameterizedType kind : kinds) {
                Set<Bean<?>> found = beans.getBeans(kind);
                assertThat(found).as("beans of %s", kind.getTypeName()).hasSize(1);
            }
        }
    }

    @Test
    void every_use_case_and_query_is_created_with_what_it_injects() {
        List<Class<?>> incoming = ports().stream()
                .filter(port -> port.getPackageName().endsWith(".port.in"))
                .toList();
        assertThat(incoming).as("use cases and queries").hasSizeGreaterThan(20);
        for (Class<?> port : incoming) {
            Object useCase = CDI.current().select(port).get();
            assertThat(useCase).as(port.getName()).isInstanceOf(port);
        }
    }

    /** The parameterized types of a generic port that the deployment's beans have, such as {@code Port<Chat>}. */
    private Set<ParameterizedType> kindsOf(Class<?> port) {
        return beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .flatMap(bean -> bean.getTypes().stream())
                .filter(ParameterizedType.class::isInstance)
                .map(ParameterizedType.class::cast)
                .filter(type -> type.getRawType().equals(port))
                .collect(Collectors.toSet());
    }

    private static List<Class<?>> ports() {
        try (InputStream list = CdiWiringIT.class.getClassLoader().getResourceAsStream(PORTS)) {
            assertThat(list).as(PORTS + " in the test archive").isNotNull();
            return new String(list.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(CdiWiringIT::load)
                    .toList();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CdiWiringIT.class.getClassLoader());
        } catch (ClassNotFoundException missing) {
            throw new AssertionError(
                    "A port listed when the archive was built is missing in the server: " + name, missing);
        }
    }
}
