package id.sopflow.reporting;

import id.sopflow.EmbeddedPostgresDatabase;
import org.springframework.context.annotation.Import;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The report table on a real PostgreSQL server (profile {@code postgres}): the same DDL as on H2, binary content
 * stored as {@code bytea} and read back byte for byte.
 */
@SpringBootTest(properties = "spring.datasource.url=${SOPFLOW_DB_URL}")
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReportArchivePostgresTest {

    @Autowired
    ReportArchive archive;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyByteOfAReportComesBack() {
        byte[] content = new byte[256 * 40];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        Instant created = Instant.parse("2026-11-04T02:05:00.123Z");
        ClockUtil.setCurrentTime(Date.from(created));

        ArchivedReport archived = archive.archive(NewReport.pdf("sipa-bermedsos", "kasus-1", "desa-babayau",
                "Laporan Perkembangan SIPA BERMEDSOS — Desa Babayau (contoh)", "laporan.pdf", content));
        ArchivedReport read = archive.find(archived.id()).orElseThrow();

        assertThat(read.content()).isEqualTo(content);
        assertThat(read.createdAt()).isEqualTo(created);
        assertThat(read.title()).isEqualTo("Laporan Perkembangan SIPA BERMEDSOS — Desa Babayau (contoh)");
        assertThat(read.tenantId()).isEqualTo("desa-babayau");
    }

    @Test
    void theContentColumnIsByteaAndTheSchemaScriptCanRunAgain() {
        new ResourceDatabasePopulator(new ClassPathResource("sopflow/mutu-baku-schema.sql")).execute(dataSource);

        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT data_type FROM information_schema.columns "
                + "WHERE table_name = 'sopflow_report' AND column_name = 'content'", String.class)).isEqualTo("bytea");
    }
}
