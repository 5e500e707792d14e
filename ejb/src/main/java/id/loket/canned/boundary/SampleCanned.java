package id.loket.canned.boundary;

import id.loket.canned.entity.CannedResponse;
import id.loket.canned.entity.CannedText;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The demo teams' canned responses, in English and Indonesian, for demo data. A local bean only (no
 * API reaches it). Idempotent: nothing happens once any team response exists (so an administrator's
 * later changes stay), or when the demo administrator does not exist.
 */
@Stateless
@PermitAll
public class SampleCanned {

  @PersistenceContext EntityManager em;

  public void create(Instant at) {
    Number existing =
        (Number)
            em.createNativeQuery(
                    "SELECT (SELECT COUNT(*) FROM canned_response WHERE scope = 'TEAM')"
                        + " + (SELECT 1 - COUNT(*) FROM app_user WHERE username = 'admin')")
                .getSingleResult();
    if (existing.longValue() > 0) {
      return;
    }
    team(
        "service-desk",
        "en",
        "Received, looking into it",
        "Hello {requester.name},\n\nThank you for your request {ticket.number} (\"{ticket.title}\")."
            + " I am looking into it now and will get back to you today.\n\n"
            + "Regards,\n{agent.name}, {team.name}",
        at);
    team(
        "service-desk",
        "id",
        "Diterima, sedang ditangani",
        "Halo {requester.name},\n\nTerima kasih atas permintaan {ticket.number} (\"{ticket.title}\")."
            + " Saya sedang menanganinya dan akan mengabari Anda hari ini.\n\n"
            + "Salam,\n{agent.name}, {team.name}",
        at);
    team(
        "service-desk",
        "en",
        "Please restart and try again",
        "Hello {requester.name},\n\nPlease restart your computer and try again."
            + " If the problem stays, reply to {ticket.number} and I will call you.\n\n{agent.name}",
        at);
    team(
        "service-desk",
        "id",
        "Mohon mulai ulang dan coba lagi",
        "Halo {requester.name},\n\nMohon mulai ulang komputer Anda lalu coba lagi."
            + " Jika masalahnya tetap ada, balas {ticket.number} dan saya akan menelepon Anda.\n\n"
            + "{agent.name}",
        at);
    team(
        "travel-desk",
        "en",
        "Booking confirmed",
        "Hello {requester.name},\n\nYour booking for {ticket.number} is confirmed;"
            + " the e-ticket follows by e-mail.\n\n{agent.name}, {team.name}",
        at);
    team(
        "travel-desk",
        "id",
        "Pemesanan dikonfirmasi",
        "Halo {requester.name},\n\nPemesanan untuk {ticket.number} sudah dikonfirmasi;"
            + " e-tiket menyusul lewat surel.\n\n{agent.name}, {team.name}",
        at);
  }

  private void team(String team, String language, String title, String body, Instant at) {
    em.persist(CannedResponse.team(team, new CannedText(language, title, body), "admin", at));
  }
}
