package id.loket.mail.control;

import id.loket.platform.LoketConfig;
import id.loket.platform.MailSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The reply tokens of this installation: signed with the configured secret ({@code
 * loket.mail.token-secret}) if there is one, else with the installation's own, made by the
 * migration and kept in {@code mail_key} (never in git). Read once and kept: the secret does not
 * change while the application runs.
 */
@ApplicationScoped
public class MailKeys {

  @PersistenceContext EntityManager em;
  @Inject LoketConfig config;

  private volatile ReplyTokens tokens;

  /** The tokens under this installation's secret. */
  public ReplyTokens tokens() {
    ReplyTokens t = tokens;
    if (t == null) {
      MailSettings mail = config.mail();
      String secret = mail.tokenSecret();
      if (secret == null || secret.isEmpty()) {
        secret =
            (String)
                em.createNativeQuery("SELECT secret FROM mail_key WHERE id = 1").getSingleResult();
      }
      t = new ReplyTokens(secret, mail.localPart(), mail.domain());
      tokens = t;
    }
    return t;
  }
}
