package id.loket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Loket speaks English and Indonesian everywhere: no key in one language only, none missing. */
class TranslationsTest {

  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z.]+)'\\]");
  private static final Pattern PAGE_PREFIX = Pattern.compile("msg\\['([a-zA-Z]+\\.)'\\.concat");
  private static final Pattern CODE_KEY =
      Pattern.compile("\"((?:ticket|comment|transition|problem|login)\\.[a-zA-Z.]+)\"");

  @Test
  void englishAndIndonesianHaveTheSameKeys() throws IOException {
    assertThat(load("messages_id.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
  }

  @Test
  void everyKeyThePagesUseExists() throws IOException {
    Set<String> keys = load("messages.properties").stringPropertyNames();
    Set<String> used = new TreeSet<>();
    Set<String> prefixes = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        String text = Files.readString(page);
        collect(PAGE_KEY.matcher(text), used);
        collect(PAGE_PREFIX.matcher(text), prefixes);
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(keys).containsAll(used);
    assertThat(prefixes).allSatisfy(prefix -> assertThat(keys).anyMatch(k -> k.startsWith(prefix)));
  }

  @Test
  void everyMessageKeyTheCodeRaisesIsTranslated() throws IOException {
    Set<String> keys = load("messages.properties").stringPropertyNames();
    Set<String> raised = new TreeSet<>();
    for (String root : new String[] {"../ejb/src/main/java", "src/main/java"}) {
      try (Stream<Path> sources = Files.walk(Path.of(root))) {
        for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
          collect(CODE_KEY.matcher(Files.readString(source)), raised);
        }
      }
    }
    raised.removeIf(k -> k.endsWith(".")); // prefixes, not keys
    assertThat(raised)
        .contains("ticket.notfound", "ticket.transition.illegal", "problem.validation");
    assertThat(keys).containsAll(raised);
  }

  @Test
  void everyKeyOfTheInboundMailIsTranslated() throws IOException {
    Pattern mailKey =
        Pattern.compile("\"(mail\\.(?:review|stale|not-found|outcome|replay|source)[a-zA-Z.-]*)\"");
    Set<String> keys = load("messages.properties").stringPropertyNames();
    Set<String> raised = new TreeSet<>();
    for (String root :
        new String[] {"../ejb/src/main/java/id/loket/mail", "src/main/java/id/loket/mail"}) {
      try (Stream<Path> sources = Files.walk(Path.of(root))) {
        for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
          collect(mailKey.matcher(Files.readString(source)), raised);
        }
      }
    }
    assertThat(raised)
        .contains("mail.stale", "mail.review.ticket", "mail.review.closed", "mail.outcome.unknown");
    assertThat(keys).containsAll(raised);
  }

  @Test
  void everyConstraintOfTheCommandObjectsHasATranslatedMessage() throws IOException {
    Properties english = loadFile("../ejb/src/main/resources/ValidationMessages.properties");
    Properties indonesian = loadFile("../ejb/src/main/resources/ValidationMessages_id.properties");
    assertThat(indonesian.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    Pattern constraint = Pattern.compile("^\\s*@(NotBlank|NotNull|Size|PlainText)(\\(.*\\))?\\s*$");
    Pattern template = Pattern.compile("message = \"\\{([a-zA-Z.]+)}\"");
    Set<String> templates = new TreeSet<>(Set.of("text.plain")); // @PlainText's default
    for (String command : new String[] {"NewTicket", "NewComment", "TransitionRequest"}) {
      Path source = Path.of("../ejb/src/main/java/id/loket/ticket/boundary/" + command + ".java");
      for (String line : Files.readAllLines(source)) {
        if (!constraint.matcher(line).matches() || line.contains("@PlainText")) {
          continue;
        }
        Matcher m = template.matcher(line);
        assertThat(m.find()).as(command + ": a message key in " + line.strip()).isTrue();
        templates.add(m.group(1));
      }
    }
    assertThat(templates).contains("transition.assignee.size", "ticket.title.required");
    assertThat(english.stringPropertyNames()).containsAll(templates);
  }

  private static Properties loadFile(String path) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  private static void collect(Matcher m, Set<String> into) {
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = TranslationsTest.class.getResourceAsStream("/id/loket/i18n/" + name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
