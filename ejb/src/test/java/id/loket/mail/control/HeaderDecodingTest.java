package id.loket.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edge cases of header decoding that real mail programs produce. */
class HeaderDecodingTest {

  private final List<String> warnings = new ArrayList<>();

  @Test
  void dropsWhitespaceBetweenEncodedWordsButKeepsItAroundPlainText() {
    assertThat(EncodedWords.decode("=?utf-8?Q?a?= =?utf-8?Q?b?= c =?utf-8?Q?d?=", warnings))
        .isEqualTo("ab c d");
  }

  @Test
  void decodesWordsGluedTogetherWithoutWhitespace() {
    assertThat(EncodedWords.decode("=?utf-8?Q?Halo?==?iso-8859-1?Q?_Jos=E9?=", warnings))
        .isEqualTo("Halo José");
  }

  @Test
  void joinsAMultiByteCharacterSplitOverTwoWords() {
    // "€" is E2 82 AC: the first word holds E2 82, the second AC
    assertThat(EncodedWords.decode("=?UTF-8?B?4oI=?=\r\n =?UTF-8?B?rA==?=", warnings))
        .isEqualTo("€");
  }

  @Test
  void decodesLowerCaseEncodingsUnderscoresAndLanguageSuffixes() {
    assertThat(EncodedWords.decode("=?utf-8*id?q?Tiket_baru?=", warnings)).isEqualTo("Tiket baru");
    assertThat(EncodedWords.decode("=?UTF-8?b?VGlrZXQ=?=", warnings)).isEqualTo("Tiket");
  }

  @Test
  void fallsBackToWindows1252ForUnknownCharsetsWithAWarning() {
    assertThat(EncodedWords.decode("=?x-mystery?Q?=80_5?=", warnings)).isEqualTo("€ 5");
    assertThat(warnings).containsExactly("unknown charset x-mystery");
  }

  @Test
  void leavesBrokenWordsAndPlainTextAlone() {
    assertThat(EncodedWords.decode("Price =?utf-8?Q?unfinished", warnings))
        .isEqualTo("Price =?utf-8?Q?unfinished");
    assertThat(EncodedWords.decode("a = b? c", warnings)).isEqualTo("a = b? c");
    assertThat(EncodedWords.decode(null, warnings)).isNull();
  }

  @Test
  void takesRaw8BitHeadersAsUtf8IfValidElseWindows1252() {
    String utf8AsRead =
        new String("Kopi ☕".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    String cp1252AsRead =
        new String(
            "Müller “x”".getBytes(Charset.forName("windows-1252")), StandardCharsets.ISO_8859_1);
    assertThat(MailCharsets.rawHeader(utf8AsRead)).isEqualTo("Kopi ☕");
    assertThat(MailCharsets.rawHeader(cp1252AsRead)).isEqualTo("Müller “x”");
  }

  @Test
  void knowsCharsetAliasesSeenInMail() {
    assertThat(MailCharsets.lookup("latin1")).contains(StandardCharsets.ISO_8859_1);
    assertThat(MailCharsets.lookup("\"UTF8\"")).contains(StandardCharsets.UTF_8);
    assertThat(MailCharsets.lookup("cp1252")).contains(Charset.forName("windows-1252"));
    assertThat(MailCharsets.lookup("gb2312")).contains(Charset.forName("GB18030"));
    assertThat(MailCharsets.lookup("no-such-charset")).isEmpty();
    assertThat(MailCharsets.lookup(null)).isEmpty();
  }

  @Test
  void joinsRfc2231ContinuationsWithCharsetAndPlainSegments() {
    MimeParams p =
        MimeParams.parse(
            "attachment; filename*0*=utf-8'id'Laporan%20; filename*1=\"Q3 \"; filename*2*=%E2%82%AC.pdf",
            warnings);
    assertThat(p.value()).isEqualTo("attachment");
    assertThat(p.param("filename")).isEqualTo("Laporan Q3 €.pdf");
  }

  @Test
  void readsSingleRfc2231ValuesAndRfc2047InQuotedNames() {
    assertThat(
            MimeParams.parse("inline; filename*=utf-8''%E2%82%AC.txt", warnings).param("filename"))
        .isEqualTo("€.txt");
    assertThat(
            MimeParams.parse("image/png; name=\"=?utf-8?B?Zm90byDwn5O3LnBuZw==?=\"", warnings)
                .param("name"))
        .isEqualTo("foto 📷.png");
  }

  @Test
  void readsSloppyParameters() {
    MimeParams p =
        MimeParams.parse(
            "Text/Plain ; charset = \"iso-8859-1\";; name=my file.txt; x=\"a;b\\\"c\"", warnings);
    assertThat(p.value()).isEqualTo("text/plain");
    assertThat(p.param("charset")).isEqualTo("iso-8859-1");
    assertThat(p.param("name")).isEqualTo("my file.txt");
    assertThat(p.param("x")).isEqualTo("a;b\"c");
  }

  @Test
  void readsMessageIdsWithAndWithoutBrackets() {
    assertThat(MailHeaders.ids("<a@x> <b@y>\r\n <c@z>")).containsExactly("a@x", "b@y", "c@z");
    assertThat(MailHeaders.ids("bare@id.example")).containsExactly("bare@id.example");
    assertThat(MailHeaders.ids(null)).isEmpty();
  }

  @Test
  void findsAddressesInHeadersTheRfcParserRefuses() {
    assertThat(
            MailHeaders.lowerAll(
                MailHeaders.addresses("Budi <<BUDI@Example.co.id>>, ;;", warnings, "To")))
        .containsExactly("budi@example.co.id");
  }
}
