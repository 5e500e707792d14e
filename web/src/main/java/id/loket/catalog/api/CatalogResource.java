package id.loket.catalog.api;

import id.loket.catalog.boundary.Catalog;
import id.loket.catalog.boundary.CatalogView.CategoryView;
import id.loket.catalog.boundary.CatalogView.TypeView;
import id.loket.platform.web.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service catalog for any signed-in caller, in the language of {@code Accept-Language}: the
 * active categories with their request types and each type's form. A client opens a ticket of a
 * type with {@code POST /api/tickets {"type", "fields"}}.
 */
@Path("catalog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CatalogResource {

  @Inject Catalog catalog;

  @GET
  @Operation(
      operationId = "getCatalog",
      summary = "Active categories with their request types and forms, localized")
  @APIResponse(
      responseCode = "200",
      description = "The catalog",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Catalog")))
  public List<CategoryView> catalog(
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(description = "en or id") String lang) {
    return catalog.catalog(locale(lang));
  }

  @GET
  @Path("types/{code}")
  @Operation(operationId = "getRequestType", summary = "One active request type with its form")
  @APIResponse(
      responseCode = "200",
      description = "The request type",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestType")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public TypeView type(
      @PathParam("code")
          @Parameter(
              required = true,
              description = "The code of the request type",
              schema = @Schema(ref = "RequestTypeCode"))
          String code,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(description = "en or id") String lang) {
    return catalog.type(code, locale(lang));
  }

  static Locale locale(String acceptLanguage) {
    try {
      return Languages.pick(acceptLanguage);
    } catch (RuntimeException e) {
      return Locale.ENGLISH;
    }
  }
}
