package id.loket.it;

import static id.loket.it.LoketDeployment.PASSWORD;
import static id.loket.it.LoketDeployment.open;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.it.support.ItDatabase;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attachments through the API: type from the bytes, limits, what is stored (all or nothing), who
 * may list and download them, and how downloads are served.
 */
@ExtendWith(ArquillianExtension.class)
class AttachmentIT {

  private static final int MIB = 1024 * 1024;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  @Test
  void aScreenshotIsStoredListedDownloadedAndPreviewed() throws Exception {
    String number = open(base, "rina", "Error dialog on start");
    byte[] png = png(800, 400);
    JsonPath stored =
        upload("rina", number, null, new Part("file", "Layar – error.png", png))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(stored.getList("$")).hasSize(1);
    long id = stored.getLong("[0].id");
    assertThat(stored.getString("[0].mediaType")).isEqualTo("image/png");
    assertThat(stored.getString("[0].kind")).isEqualTo("IMAGE");
    assertThat(stored.getBoolean("[0].thumbnail")).isTrue();
    assertThat(stored.getLong("[0].size")).isEqualTo(png.length);
    assertThat(stored.getString("[0].sha256")).isEqualTo(sha256(png));
    assertThat(stored.getString("[0].name")).isEqualTo("Layar – error.png");
    assertThat(stored.getString("[0].uploadedBy")).isEqualTo("rina");

    JsonPath list =
        api("rina")
            .get("api/tickets/" + number + "/attachments")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(list.getList("items.id", Long.class)).containsExactly(id);

    Response download = binary("rina").get("api/attachments/" + id);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.asByteArray()).isEqualTo(png);
    assertThat(download.contentType()).isEqualTo("image/png");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.header("Cache-Control")).isEqualTo("private, no-store");
    assertThat(download.header("Content-Security-Policy"))
        .startsWith("default-src 'none'")
        .contains("sandbox");
    assertThat(download.header("Content-Disposition"))
        .isEqualTo(
            "inline; filename=\"Layar _ error.png\"; filename*=UTF-8''Layar%20%E2%80%93%20error.png");

    Response thumbnail = binary("rina").get("api/attachments/" + id + "/thumbnail");
    assertThat(thumbnail.statusCode()).isEqualTo(200);
    assertThat(thumbnail.contentType()).isEqualTo("image/png");
    BufferedImage preview = ImageIO.read(new ByteArrayInputStream(thumbnail.asByteArray()));
    assertThat(preview.getWidth()).isEqualTo(240);
    assertThat(preview.getHeight()).isEqualTo(120);

    // sari, an agent, may read every ticket's attachments
    assertThat(binary("sari").get("api/attachments/" + id).asByteArray()).isEqualTo(png);
  }

  @Test
  void theTypeComesFromTheBytesNotTheName() {
    String number = open(base, "rina", "Which file is which");
    JsonPath stored =
        upload(
                "rina",
                number,
                null,
                new Part("file", "notes.txt", png(8, 8)),
                new Part("file", "report.pdf", pdf()))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(stored.getList("mediaType")).containsExactly("image/png", "application/pdf");
    long pdfId = stored.getLong("[1].id");
    Response pdf = binary("rina").get("api/attachments/" + pdfId);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pdf.header("Content-Disposition")).startsWith("attachment; filename=\"report.pdf\"");
    // a PDF has no preview
    assertThat(binary("rina").get("api/attachments/" + pdfId + "/thumbnail").statusCode())
        .isEqualTo(404);
  }

  @Test
  void anExecutableCalledPngIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
    String number = open(base, "rina", "Funny cat picture");
    JsonPath problem =
        upload(
                "rina",
                number,
                "id",
                new Part("file", "kucing.png", exe()),
                new Part("file", "fine.png", png(8, 8)))
            .then()
            .statusCode(422)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    assertThat(problem.getString("code")).isEqualTo("problem.validation");
    assertThat(problem.getList("violations.field")).containsExactly("file");
    assertThat(problem.getString("violations[0].message"))
        .contains("kucing.png", "application/x-msdownload", "tidak diterima");
    assertThat(storedFor(number)).isZero(); // not even the good one
  }

  @Test
  void tooBigEmptyAndTooManyAreRefused() throws Exception {
    String number = open(base, "rina", "Long screen recording");
    JsonPath big =
        upload("rina", number, null, new Part("file", "big.txt", text(10 * MIB + 1)))
            .then()
            .statusCode(422)
            .extract()
            .jsonPath();
    assertThat(big.getString("violations[0].message")).contains("big.txt", "10 MiB");
    JsonPath empty =
        upload("rina", number, null, new Part("file", "empty.txt", new byte[0]))
            .then()
            .statusCode(422)
            .extract()
            .jsonPath();
    assertThat(empty.getString("violations[0].message")).contains("empty.txt", "empty");
    Part small = new Part("file", "a.txt", text(10));
    Part[] eleven = new Part[11];
    Arrays.fill(eleven, small);
    JsonPath many =
        upload("rina", number, null, eleven).then().statusCode(422).extract().jsonPath();
    assertThat(many.getString("violations[0].message")).contains("10");
    assertThat(storedFor(number)).isZero();
  }

  @Test
  void aTicketHoldsAtMostItsLimit() throws Exception {
    String number = open(base, "rina", "Many logs");
    upload(
            "rina",
            number,
            null,
            new Part("file", "one.txt", text(9 * MIB)),
            new Part("file", "two.txt", text(9 * MIB)))
        .then()
        .statusCode(201);
    JsonPath full =
        upload("rina", number, null, new Part("file", "three.txt", text(9 * MIB)))
            .then()
            .statusCode(422)
            .extract()
            .jsonPath();
    assertThat(full.getString("violations[0].message")).contains("three.txt", "25 MiB");
    assertThat(storedFor(number)).isEqualTo(2);
  }

  @Test
  void anotherRequesterFindsNothing() {
    String number = open(base, "rina", "Private evidence");
    long id =
        upload("rina", number, null, new Part("file", "mine.png", png(16, 16)))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("[0].id");
    api("budi").get("api/tickets/" + number + "/attachments").then().statusCode(404);
    upload("budi", number, null, new Part("file", "theirs.png", png(8, 8))).then().statusCode(404);
    Response download = binary("budi").get("api/attachments/" + id);
    assertThat(download.statusCode()).isEqualTo(404);
    assertThat(download.asString()).doesNotContain(number).doesNotContain("mine.png");
    assertThat(binary("budi").get("api/attachments/" + id + "/thumbnail").statusCode())
        .isEqualTo(404);
    assertThat(binary("budi").get("api/attachments/999999999").statusCode()).isEqualTo(404);
  }

  @Test
  void filesOfAnInternalNoteAreForStaffOnly() {
    String number = open(base, "rina", "VPN drops");
    long internal =
        uploadWithComment("sari", number, "Router log, for us only", "INTERNAL", png(8, 8))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("[0].id");
    JsonPath reply =
        uploadWithComment("rina", number, "Here is what I see", null, png(12, 12))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    long visible = reply.getLong("[0].id");
    assertThat(reply.getLong("[0].commentId")).isPositive();

    assertThat(
            api("rina")
                .get("api/tickets/" + number + "/attachments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class))
        .containsExactly(visible);
    assertThat(
            api("sari")
                .get("api/tickets/" + number + "/attachments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class))
        .containsExactly(visible, internal);
    assertThat(binary("rina").get("api/attachments/" + internal).statusCode()).isEqualTo(404);
    assertThat(binary("rina").get("api/attachments/" + internal + "/thumbnail").statusCode())
        .isEqualTo(404);
    assertThat(binary("sari").get("api/attachments/" + internal).statusCode()).isEqualTo(200);
  }

  @Test
  void aCommentAndItsFilesAreStoredTogetherOrNotAtAll() throws Exception {
    String number = open(base, "rina", "Printer");
    uploadWithComment("rina", number, "With a bad file", null, exe()).then().statusCode(422);
    uploadWithComment("rina", number, " ", null, png(8, 8)).then().statusCode(422);
    assertThat(storedFor(number)).isZero();
    assertThat(
            api("rina")
                .get("api/tickets/" + number + "/comments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items"))
        .isEmpty();
  }

  @Test
  void aStaleVersionIsRefused() {
    String number = open(base, "rina", "Stale");
    post("rina", number, null, "\"99\"", List.of(new Part("file", "a.png", png(8, 8))))
        .then()
        .statusCode(412);
    post("rina", number, null, "\"1\"", List.of(new Part("file", "a.png", png(8, 8))))
        .then()
        .statusCode(201);
  }

  // --- helpers -----------------------------------------------------------------------------

  record Part(String name, String fileName, byte[] content) {}

  private RequestSpecification api(String user) {
    return RestAssured.given()
        .baseUri(base.toString())
        .auth()
        .preemptive()
        .basic(user, PASSWORD)
        .accept("application/json");
  }

  private RequestSpecification binary(String user) {
    return RestAssured.given()
        .baseUri(base.toString())
        .auth()
        .preemptive()
        .basic(user, PASSWORD)
        .accept("*/*");
  }

  private Response upload(String user, String number, String language, Part... parts) {
    return post(user, number, language, null, List.of(parts));
  }

  private Response post(
      String user, String number, String language, String ifMatch, List<Part> parts) {
    String boundary = "----loket" + UUID.randomUUID();
    RequestSpecification request =
        api(user)
            .contentType("multipart/form-data; boundary=" + boundary)
            .body(multipart(boundary, parts));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.post("api/tickets/" + number + "/attachments");
  }

  private Response uploadWithComment(
      String user, String number, String body, String visibility, byte[] file) {
    List<Part> parts = new ArrayList<>();
    parts.add(new Part("body", null, body.getBytes(StandardCharsets.UTF_8)));
    if (visibility != null) {
      parts.add(new Part("visibility", null, visibility.getBytes(StandardCharsets.UTF_8)));
    }
    parts.add(new Part("file", "evidence.png", file));
    return post(user, number, null, null, parts);
  }

  /** A multipart/form-data body, byte for byte (so that the contract test sees it). */
  static byte[] multipart(String boundary, List<Part> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part p : parts) {
      StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(p.name()).append('"');
      if (p.fileName() != null) {
        head.append("; filename=\"").append(p.fileName()).append('"');
        head.append("\r\nContent-Type: application/octet-stream");
      }
      head.append("\r\n\r\n");
      out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(p.content());
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static int storedFor(String number) throws Exception {
    try (Connection db = ItDatabase.connection();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT count(*) FROM attachment a JOIN ticket t ON t.id = a.ticket_id"
                    + " LEFT JOIN attachment_content c ON c.attachment_id = a.id"
                    + " WHERE t.number = ?")) {
      s.setString(1, number);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, (x * 7) << 16 | (y * 3) << 8 | 0x80);
      }
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] exe() {
    byte[] b = new byte[512];
    b[0] = 'M';
    b[1] = 'Z';
    b[2] = (byte) 0x90;
    b[4] = 3;
    b[8] = 4;
    b[12] = (byte) 0xff;
    b[13] = (byte) 0xff;
    return b;
  }

  static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] text(int size) {
    byte[] b = new byte[size];
    byte[] line = "log line: all fine\n".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < size; i++) {
      b[i] = line[i % line.length];
    }
    return b;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
