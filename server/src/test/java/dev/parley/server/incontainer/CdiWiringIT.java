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
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The composition root as the server really wires it: every port of the application (use cases, queries and driven
 * ports alike) has exactly one CDI bean in the deployed WAR, and every use case and query can be created with all it
 * injects. The list of ports is read from the application's classes when the archive is built
 * ({@link ParleyDeployment#PORTS}), so a new port is checked without touching this test.
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
                assertThat(beans.getBeans(port))
                        .as("beans of %s", port.getName())
                        .hasSize(1);
            } else {
                // A generic port (one per settings section, say) has one bean for each of its type arguments; CDI
                // does not resolve a raw generic type, so its beans are looked for among all.
                List<Bean<?>> found = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                        .filter(bean -> typeArguments(bean, port) != null)
                        .toList();
                assertThat(found).as("beans of %s", port.getName()).isNotEmpty();
                List<Type> arguments =
                        found.stream().map(bean -> typeArguments(bean, port)).toList();
                assertThat(arguments)
                        .as("the type arguments the beans of %s give it", port.getName())
                        .doesNotHaveDuplicates()
                        .doesNotContainNull();
            }
        }
    }

    /** The type arguments with which a bean implements a generic port, or null when it names none. */
    private static Type typeArguments(Bean<?> bean, Class<?> port) {
        return bean.getTypes().stream()
                .filter(type -> type instanceof ParameterizedType parameterized && parameterized.getRawType() == port)
                .map(type -> ((ParameterizedType) type).getActualTypeArguments()[0])
                .findFirst()
                .orElse(null);
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
