package dev.parley.server.arquillian;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.net.URISyntaxException;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive the in-container tests run in, deployed once for all of them ({@link OneDeploymentPerSuite}): the
 * WAR the build made, imported under a name of its own (Liberty refuses a second application called like the one its
 * server.xml declares, {@code parley}), with the tests of {@code dev.parley.server.incontainer}, AssertJ, and the list
 * of the application's ports (read here, from the application's classes, so that a new port is checked without
 * touching a test). Liberty serves it at {@code /parley-arquillian}.
 */
public final class ParleyDeployment {

    /** The archive's name; Liberty serves it under the same name without {@code .war}. */
    public static final String NAME = "parley-arquillian.war";
    /** The resource in the archive that lists the application's ports, one class name a line. */
    public static final String PORTS = "dev/parley/server/incontainer/ports.txt";

    private static final String TESTS = "dev.parley.server.incontainer";

    private ParleyDeployment() {}

    @Deployment
    public static WebArchive parleyWithTests() {
        File war = new File(System.getProperty("parley.arquillian.war", "target/parley.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + ": run the package phase first");
        }
        return ShrinkWrap.create(ZipImporter.class, NAME)
                .importFrom(war)
                .as(WebArchive.class)
                .addPackage(TESTS)
                .addAsLibraries(jarOf(Assertions.class))
                .addAsResource(new StringAsset(ports()), PORTS);
    }

    private static String ports() {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.parley.application")
                        .stream()
                        .filter(JavaClass::isInterface)
                        .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                        // A sealed interface is an answer with several shapes (SessionCheck), not a port.
                        .filter(type -> !type.reflect().isSealed())
                        .filter(type ->
                                type.getPackageName().matches("dev\\.parley\\.application\\..*\\.port\\.(in|out)"))
                        .map(JavaClass::getName)
                        .sorted()
                        .collect(Collectors.joining("\n"));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
