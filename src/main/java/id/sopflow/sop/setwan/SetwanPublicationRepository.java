package id.sopflow.sop.setwan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import id.sopflow.publishing.Platform;

/** The links of finished Bapinanduan cases ({@code SOPFLOW_SETWAN_PUBLIKASI}); writes join the engine's transaction. */
@Repository
class SetwanPublicationRepository {

    private final JdbcTemplate jdbc;

    SetwanPublicationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SetwanPublication publication) {
        jdbc.update("INSERT INTO SOPFLOW_SETWAN_PUBLIKASI (PROCESS_INSTANCE_ID, PLATFORM, URL, TENANT_ID, JUDUL, "
                + "RECORDED_AT) VALUES (?, ?, ?, ?, ?, ?)", publication.processInstanceId(),
                publication.platform().id(), publication.url(), publication.tenantId(), publication.judul(),
                publication.recordedAt().atOffset(ZoneOffset.UTC));
    }

    /** Newest first, at most {@code limit}. */
    List<SetwanPublication> ofTenant(String tenantId, int limit) {
        return jdbc.query("SELECT PROCESS_INSTANCE_ID, PLATFORM, URL, TENANT_ID, JUDUL, RECORDED_AT "
                + "FROM SOPFLOW_SETWAN_PUBLIKASI WHERE TENANT_ID = ? ORDER BY RECORDED_AT DESC, PROCESS_INSTANCE_ID, "
                + "PLATFORM FETCH FIRST " + limit + " ROWS ONLY", this::map, tenantId);
    }

    int countOfTenant(String tenantId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM SOPFLOW_SETWAN_PUBLIKASI WHERE TENANT_ID = ?",
                Integer.class, tenantId);
        return count == null ? 0 : count;
    }

    List<SetwanPublication> ofProcessInstance(String processInstanceId) {
        return jdbc.query("SELECT PROCESS_INSTANCE_ID, PLATFORM, URL, TENANT_ID, JUDUL, RECORDED_AT "
                + "FROM SOPFLOW_SETWAN_PUBLIKASI WHERE PROCESS_INSTANCE_ID = ? ORDER BY PLATFORM", this::map,
                processInstanceId);
    }

    private SetwanPublication map(ResultSet row, int index) throws SQLException {
        String platformId = row.getString("PLATFORM");
        Platform platform = Platform.byId(platformId).orElseThrow(() ->
                new IllegalStateException("Platform tidak dikenal di SOPFLOW_SETWAN_PUBLIKASI: " + platformId));
        return new SetwanPublication(row.getString("PROCESS_INSTANCE_ID"), platform, row.getString("URL"),
                row.getString("TENANT_ID"), row.getString("JUDUL"),
                row.getObject("RECORDED_AT", OffsetDateTime.class).toInstant());
    }
}
