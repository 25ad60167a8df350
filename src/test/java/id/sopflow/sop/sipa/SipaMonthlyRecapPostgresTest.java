package id.sopflow.sop.sipa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import id.sopflow.EmbeddedPostgresDatabase;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.mutubaku.LateStep;
import id.sopflow.mutubaku.LateStepRepository;
import id.sopflow.sop.sipa.SipaMonthlyRecapData.DesaRow;
import id.sopflow.sop.sipa.SipaMonthlyRecapData.LateRow;

/**
 * The recap's own SQL on a real PostgreSQL server (profile {@code postgres}): verification decisions and late steps
 * counted within the month in WITA, boundaries included at the start and excluded at the end, and the webhook's
 * comment table created by the schema script.
 */
@SpringBootTest(properties = "spring.datasource.url=${SOPFLOW_DB_URL}")
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SipaMonthlyRecapPostgresTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired
    SipaMonthlyRecapHistory history;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    LateStepRepository lateSteps;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void decisionsAndLateStepsAreCountedWithinTheMonthInWita() {
        Instant octoberStart = Instant.parse("2026-09-30T16:00:00Z");   // 1 October 00:00 WITA
        Instant novemberStart = Instant.parse("2026-10-31T16:00:00Z");  // 1 November 00:00 WITA
        round("r1", "desa-babayau", false, octoberStart);
        round("r2", "desa-babayau", true, octoberStart.plusSeconds(3600));
        round("r3", "desa-babayau", true, novemberStart);
        round("r4", "desa-babayau", false, octoberStart.minusSeconds(1));
        round("r5", "desa-lok-batu", true, novemberStart.minusSeconds(1));
        late("t1", "desa-babayau", "sipa-pemerintah-desa,sipa-admin", octoberStart.plusSeconds(7200));
        late("t2", "desa-babayau", "sipa-admin,sipa-pemerintah-desa", octoberStart.plusSeconds(9000));
        late("t3", "desa-babayau", "sipa-admin,sipa-pemerintah-desa", novemberStart);

        SipaMonthlyRecapData data = history.collect(SipaMonthlyRecap.kecamatan(directory), YearMonth.of(2026, 10),
                WITA);

        DesaRow babayau = data.desa().stream().filter(row -> row.desaId().equals("desa-babayau")).findFirst()
                .orElseThrow();
        assertThat(babayau.rejected()).isEqualTo(1);
        assertThat(babayau.verified()).isEqualTo(1);
        DesaRow lokBatu = data.desa().stream().filter(row -> row.desaId().equals("desa-lok-batu")).findFirst()
                .orElseThrow();
        assertThat(lokBatu.verified()).isEqualTo(1);
        assertThat(data.lateSteps()).containsExactly(new LateRow("Desa Babayau (contoh)", "Pemerintah Desa, Admin",
                "Tanggapi pertanyaan/keluhan masyarakat", 2));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SOPFLOW_FACEBOOK_COMMENT", Integer.class)).isZero();
    }

    private void round(String taskId, String tenant, boolean approved, Instant at) {
        jdbc.update("INSERT INTO SOPFLOW_REVIEW_ROUND (TASK_ID, PROCESS_INSTANCE_ID, STEP_ID, ROUND_NUMBER, REVIEWER_ID, "
                + "DECIDED_AT, APPROVED, REASON, TENANT_ID) VALUES (?, ?, ?, 1, 'admin-sipa', ?, ?, NULL, ?)", taskId,
                "kasus-" + taskId, SipaElements.VERIFIKASI_LAPORAN, at.atOffset(ZoneOffset.UTC), approved, tenant);
    }

    private void late(String taskId, String tenant, String groups, Instant detectedAt) {
        lateSteps.insert(new LateStep(taskId, SipaVariables.PROCESS_KEY, "kasus-" + taskId,
                SipaElements.TANGGAPI_PERTANYAAN, "Tanggapi pertanyaan/keluhan masyarakat", tenant, groups, null, "PT8H",
                detectedAt.minusSeconds(60), detectedAt, null, null, null));
    }
}
