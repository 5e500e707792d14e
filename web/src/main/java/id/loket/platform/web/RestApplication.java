package id.loket.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API lives under {@code /api}; every call authenticates with HTTP Basic.
 *
 * <p>Its OpenAPI document ({@code /openapi} on the server root, JSON with {@code Accept:
 * application/json}) is assembled by Payara from the annotations of the resources (operations and
 * the answers each can give) and {@code META-INF/openapi.yaml} of the WAR (the schemas and the
 * shared error responses). The integration tests check every API call they make against it.
 *
 * <p>No WADL: Jersey would describe the API a second time, unchecked, and name its own version.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Loket API",
            version = "1",
            description =
                "Tickets of the Loket service desk. Errors are application/problem+json (type,"
                    + " title, status, detail, code, violations)."),
    security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "lkt_<prefix>_<secret>",
    description = "A personal access token made on the profile page or with POST /api/me/tokens")
public class RestApplication extends Application {

  /**
   * Jersey would turn a relative {@code Location} into an absolute one built from the request's
   * (forgeable) {@code Host} header; {@link Links} makes the links, so it must leave them as they
   * are. No WADL: it documents nothing the OpenAPI document does not, and tells which framework and
   * version answer.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.headers.location.relative.resolution.disabled", true,
        "jersey.config.server.wadl.disableWadl", true);
  }
}
