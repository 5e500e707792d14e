package id.loket.catalog.api;

import id.loket.catalog.boundary.CatalogAdmin;
import id.loket.catalog.boundary.TypeDraft;
import id.loket.platform.web.IfMatch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For administrators: creates or changes a request type ({@code PUT}, without {@code If-Match} to
 * create, with the current version to change; a stale version is a 409), retires and restores it.
 * Everything is decided in {@link Catalog}, which allows administrators only (403).
 */
@Path("admin/catalog/types/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog administration")
public class CatalogAdminResource {

  @Inject CatalogAdmin admin;

  @PUT
  @Operation(operationId = "saveRequestType", summary = "Creates or changes a request type")
  @APIResponse(
      responseCode = "200",
      description = "The request type as saved",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedType")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response save(
      @PathParam("code")
          @Parameter(
              required = true,
              description = "The code of the request type",
              schema = @Schema(ref = "RequestTypeCode"))
          String code,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = "The version the change is based on; absent to create")
          String ifMatch,
      @RequestBody(
              required = true,
              description = "The request type",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "TypeDraft")))
          TypeDraft draft) {
    if (draft == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return answer(admin.save(code, draft, IfMatch.version(ifMatch)));
  }

  @POST
  @Path("retirement")
  @Operation(operationId = "retireRequestType", summary = "Retires a request type")
  @APIResponse(
      responseCode = "200",
      description = "The request type, retired",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedType")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response retire(
      @PathParam("code")
          @Parameter(
              required = true,
              description = "The code of the request type",
              schema = @Schema(ref = "RequestTypeCode"))
          String code,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(required = true, description = "The current version, e.g. \"2\"")
          String ifMatch) {
    return answer(admin.retire(code, true, IfMatch.required(ifMatch)));
  }

  @POST
  @Path("restoration")
  @Operation(operationId = "restoreRequestType", summary = "Brings a retired request type back")
  @APIResponse(
      responseCode = "200",
      description = "The request type, restored",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedType")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response restore(
      @PathParam("code")
          @Parameter(
              required = true,
              description = "The code of the request type",
              schema = @Schema(ref = "RequestTypeCode"))
          String code,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(required = true, description = "The current version, e.g. \"2\"")
          String ifMatch) {
    return answer(admin.retire(code, false, IfMatch.required(ifMatch)));
  }

  private static Response answer(TypeDraft saved) {
    return Response.ok(
            Map.of(
                "code", saved.getCode(),
                "version", saved.getVersion(),
                "retired", saved.isRetired()))
        .tag(IfMatch.tag(saved.getVersion()))
        .build();
  }
}
