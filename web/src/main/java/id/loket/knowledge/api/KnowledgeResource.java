package id.loket.knowledge.api;

import id.loket.knowledge.boundary.ArticleDraft;
import id.loket.knowledge.boundary.ArticleMatch;
import id.loket.knowledge.boundary.ArticleView;
import id.loket.knowledge.boundary.Knowledge;
import id.loket.platform.LoketConfig;
import id.loket.platform.web.IfMatch;
import id.loket.platform.web.Languages;
import id.loket.platform.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The knowledge base over HTTP. Reading: everyone signed in (drafts for staff only). Writing:
 * agents, team leads, admins; a revision sends the version it is based on as {@code If-Match}. The
 * language is the {@code lang} parameter, else the {@code Accept-Language} header.
 */
@Path("knowledge")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge")
public class KnowledgeResource {

  @Inject Knowledge knowledge;
  @Inject LoketConfig config;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "searchKnowledge",
      summary = "Published articles matching q, best first (without q: every readable article)")
  @APIResponse(
      responseCode = "200",
      description = "The articles",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ArticleMatchList")))
  public List<ArticleMatch> search(
      @QueryParam("q") @Parameter(description = "Words to find (web search syntax)") String q,
      @QueryParam("lang") @Parameter(description = "en or id") String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    String language = language(lang, acceptLanguage);
    return q == null || q.isBlank() ? knowledge.list(language) : knowledge.find(q, language, 20);
  }

  @GET
  @Path("{slug}")
  @Operation(operationId = "getArticle", summary = "One article in the caller's language")
  @APIResponse(
      responseCode = "200",
      description = "The article",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Article")),
      headers = {@Header(name = "ETag", ref = "ETag")})
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(
      @PathParam("slug") @Parameter(required = true, description = "The article's address")
          String slug,
      @QueryParam("lang") @Parameter(description = "en or id") String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    ArticleView article = knowledge.get(slug, language(lang, acceptLanguage));
    return Response.ok(article).tag(tag(article)).build();
  }

  @POST
  @Operation(operationId = "createArticle", summary = "Writes a new article (staff)")
  @APIResponse(
      responseCode = "201",
      description = "The article",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Article")),
      headers = {
        @Header(name = "Location", ref = "Location"),
        @Header(name = "ETag", ref = "ETag")
      })
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "ArticleDraft")))
          ArticleDraft draft) {
    ArticleView created = knowledge.create(required(draft));
    return Response.created(
            Links.api(config.publicBaseUrl(), uri.getBaseUri(), "knowledge/" + created.slug()))
        .tag(tag(created))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{slug}")
  @Operation(operationId = "reviseArticle", summary = "Revises an article (staff)")
  @APIResponse(
      responseCode = "200",
      description = "The article",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Article")),
      headers = {@Header(name = "ETag", ref = "ETag")})
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response revise(
      @PathParam("slug") @Parameter(required = true, description = "The article's address")
          String slug,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = "The version the revision is based on, e.g. \"3\"")
          String ifMatch,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "ArticleDraft")))
          ArticleDraft draft) {
    ArticleView revised = knowledge.revise(slug, required(draft), IfMatch.version(ifMatch));
    return Response.ok(revised).tag(tag(revised)).build();
  }

  private static String language(String lang, String acceptLanguage) {
    if (lang != null && !lang.isBlank()) {
      return lang.strip();
    }
    return Languages.pick(acceptLanguage).getLanguage();
  }

  private static EntityTag tag(ArticleView article) {
    return IfMatch.tag(article.version());
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return body;
  }
}
