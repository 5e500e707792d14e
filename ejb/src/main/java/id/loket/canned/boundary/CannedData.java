package id.loket.canned.boundary;

import id.loket.shared.Text;

/**
 * What a caller sends to write a canned response: scope ({@code TEAM} or {@code PERSONAL}), the
 * team of a team response, language, title and body. Scope and team are read on creation only.
 * Texts are cleaned (trimmed, NFC) as they are set.
 */
public class CannedData {

  private String scope;
  private String team;
  private String language;
  private String title;
  private String body;

  public CannedData() {}

  public CannedData(String scope, String team, String language, String title, String body) {
    setScope(scope);
    setTeam(team);
    setLanguage(language);
    setTitle(title);
    setBody(body);
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = Text.cleanOrNull(scope);
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = Text.cleanOrNull(team);
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = Text.cleanOrNull(language);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = Text.clean(title);
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = Text.clean(body);
  }
}
