package dev.parley.server.incontainer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that Arquillian deploys to the managed Liberty of the in-container tests (server
 * {@code parley-arquillian-*}, see server/pom.xml). The tag keeps these classes out of the black-box runs against
 * {@code parley-it-*}, and those out of this one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("arquillian")
@ExtendWith(ArquillianExtension.class)
public @interface OnArquillianServer {}
