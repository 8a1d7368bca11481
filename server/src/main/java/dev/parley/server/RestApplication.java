package dev.parley.server;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** Parley's REST API lives under {@code /api/v1}; its description is at {@code /openapi}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Parley API",
                        version = "1",
                        description =
                                "Online chat and helpdesk for online stores. Errors are RFC 9457 problem documents.",
                        license = @License(name = "Apache-2.0")))
public class RestApplication extends Application {}
