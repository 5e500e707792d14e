package id.loket.queue.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.queue.entity.QueueScope.Branch;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueuePolicyTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static final Duration SOON = Duration.ofMinutes(90);

  private static final Viewer SARI =
      new Viewer("sari", true, false, Set.of("network", "service-desk"));
  private static final Viewer TONO = new Viewer("tono", true, true, Set.of("service-desk"));
  private static final Viewer MAYA = new Viewer("maya", true, true, Set.of());
  private static final Viewer RINA = new Viewer("rina", false, false, Set.of());

  private static QueueScope scope(Viewer v, QueueView view, String team) {
    return QueuePolicy.scope(v, view, team, NOW, SOON);
  }

  @Test
  void anAgentReadsTheQueuesOfTheirTeamsOnly() {
    assertThat(scope(SARI, QueueView.TEAM, "network").branches())
        .containsExactly(Branch.team("network"));
    assertThatThrownBy(() -> scope(SARI, QueueView.TEAM, "travel-desk"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
    assertThatThrownBy(() -> scope(SARI, QueueView.ALL, null))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
  }

  @Test
  void leadsAndManagersReadAnyTeamAndAllOpenWork() {
    assertThat(scope(TONO, QueueView.TEAM, "travel-desk").branches())
        .containsExactly(Branch.team("travel-desk"));
    assertThat(scope(MAYA, QueueView.ALL, null).branches()).containsExactly(Branch.EVERYTHING);
    assertThat(scope(MAYA, QueueView.RECENT, null).branches()).containsExactly(Branch.EVERYTHING);
  }

  @Test
  void anAgentsWideViewsAreTheirTeamsPlusTheirOwnTickets() {
    QueueScope waiting = scope(SARI, QueueView.WAITING, null);
    assertThat(waiting.branches())
        .containsExactly(
            Branch.team("network"), Branch.team("service-desk"), Branch.assignee("sari"));
    assertThat(waiting.waitingOnly()).isTrue();
    QueueScope breaching = scope(SARI, QueueView.BREACHING, null);
    assertThat(breaching.dueBefore()).isEqualTo(NOW.plus(SOON));
  }

  @Test
  void mineIsTheAssigneeAndUnassignedIsMyTeams() {
    assertThat(scope(SARI, QueueView.MINE, null).branches())
        .containsExactly(Branch.assignee("sari"));
    QueueScope unassigned = scope(SARI, QueueView.UNASSIGNED, null);
    assertThat(unassigned.unassignedOnly()).isTrue();
    assertThat(unassigned.branches())
        .containsExactly(Branch.team("network"), Branch.team("service-desk"));
    assertThat(scope(new Viewer("x", true, false, Set.of()), QueueView.UNASSIGNED, null).branches())
        .isEmpty();
  }

  @Test
  void requestersHaveNoQueueAndATeamViewNeedsATeam() {
    assertThatThrownBy(() -> scope(RINA, QueueView.MINE, null))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
    assertThatThrownBy(() -> scope(TONO, QueueView.TEAM, " "))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID));
  }

  @Test
  void viewsAndSortsAreNamedInAddresses() {
    assertThat(QueueView.of("Breaching")).isEqualTo(QueueView.BREACHING);
    assertThatThrownBy(() -> QueueView.of("nope"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
    assertThat(QueueSort.of(null, QueueSort.UPDATED)).isEqualTo(QueueSort.UPDATED);
    assertThat(QueueSort.of("age", QueueSort.DUE)).isEqualTo(QueueSort.AGE);
    assertThatThrownBy(() -> QueueSort.of("random()", QueueSort.DUE))
        .isInstanceOf(DomainException.class);
  }
}
