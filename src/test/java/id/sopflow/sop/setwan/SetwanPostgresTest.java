package id.sopflow.sop.setwan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import id.sopflow.EmbeddedPostgresDatabase;
import id.sopflow.publishing.Platform;

/** The Bapinanduan tables, their queries and the scheduled start on a real PostgreSQL server. */
@SpringBootTest(properties = "spring.datasource.url=${SOPFLOW_DB_URL}")
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SetwanPostgresTest {

    private static final Instant MONDAY_0800 = Instant.parse("2026-11-23T00:00:00Z");

    @Autowired
    SetwanPublicationRepository publications;

    @Autowired
    SetwanPublishedListing listing;

    @Autowired
    UpdateSlotRepository slots;

    @Autowired
    SetwanPeriodicUpdates updates;

    @Autowired
    TaskService taskService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void publishedLinksAreListedNewestCaseFirstPerOrganisation() {
        publications.insert(new SetwanPublication("pi-1", Platform.WEBSITE, "https://dprd.balangankab.example.go.id/a",
                "setwan-balangan", "Reses anggota DPRD", Instant.parse("2026-11-10T02:00:00Z")));
        publications.insert(new SetwanPublication("pi-2", Platform.FACEBOOK, "https://www.facebook.com/setwan/posts/2",
                "setwan-balangan", "Paripurna APBD 2027", Instant.parse("2026-11-20T02:00:00Z")));
        publications.insert(new SetwanPublication("pi-3", Platform.WEBSITE, "https://bunder.example.go.id/x",
                "ppid-bunder", "Lain", Instant.parse("2026-11-21T02:00:00Z")));

        assertThat(publications.ofTenant("setwan-balangan", 10)).extracting(SetwanPublication::processInstanceId)
                .containsExactly("pi-2", "pi-1");
        assertThat(publications.ofTenant("setwan-balangan", 1)).hasSize(1);
        assertThat(publications.ofProcessInstance("pi-2")).singleElement()
                .extracting(SetwanPublication::recordedAt).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
        SetwanPublishedListing.Listing current = listing.of("setwan-balangan");
        assertThat(current.count()).isEqualTo(2);
        assertThat(current.text()).startsWith("- **Paripurna APBD 2027** (20 November 2026): Facebook ")
                .contains("Reses anggota DPRD").doesNotContain("bunder");
        assertThatThrownBy(() -> publications.insert(new SetwanPublication("pi-2", Platform.FACEBOOK, "https://x.id/y",
                "setwan-balangan", "dua kali", Instant.now()))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void theScheduledUpdateStartsOnPostgresqlAndAMomentIsServedOnce() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_0800.minusSeconds(3 * 24 * 3600)));
        updates.runDue(ClockUtil.getCurrentTime().toInstant());
        ClockUtil.setCurrentTime(Date.from(MONDAY_0800));

        UpdateSlot made = updates.runDue(MONDAY_0800).orElseThrow();

        assertThat(made.outcome()).isEqualTo(UpdateSlot.Outcome.DIBUAT);
        Task update = taskService.createTaskQuery().processInstanceId(made.processInstanceId()).singleResult();
        assertThat(update.getTenantId()).isEqualTo("setwan-balangan");
        assertThat(slots.last("setwan-balangan")).contains(MONDAY_0800);
        assertThat(slots.ofTenant("setwan-balangan")).extracting(UpdateSlot::processInstanceId)
                .containsExactly(null, made.processInstanceId());
        assertThatThrownBy(() -> slots.insert(new UpdateSlot("setwan-balangan", MONDAY_0800, UpdateSlot.Outcome.DIBUAT,
                null, Instant.now()))).as("another node serving the same moment").isInstanceOf(DuplicateKeyException.class);
    }
}
