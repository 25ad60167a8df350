package id.sopflow.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code SOPFLOW_REPORT}; writes join the engine's transaction, so a report composed by a delegate is kept exactly
 * when the step that composed it commits. There is no delete: reports are archives.
 */
@Repository
class ReportRepository {

    private static final String COLUMNS = "ID, PROCESS_KEY, PROCESS_INSTANCE_ID, TENANT_ID, TITLE, FILE_NAME, "
            + "CONTENT_TYPE, CONTENT, CREATED_AT";

    private final JdbcTemplate jdbc;

    ReportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ArchivedReport report) {
        // setBytes: the one binding that H2's VARBINARY and PostgreSQL's BYTEA both take as binary.
        jdbc.update("INSERT INTO SOPFLOW_REPORT (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setString(1, report.id());
            statement.setString(2, report.processKey());
            statement.setString(3, report.processInstanceId());
            statement.setString(4, report.tenantId());
            statement.setString(5, report.title());
            statement.setString(6, report.fileName());
            statement.setString(7, report.contentType());
            statement.setBytes(8, report.content());
            statement.setObject(9, report.createdAt().atOffset(ZoneOffset.UTC));
        });
    }

    Optional<ArchivedReport> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM SOPFLOW_REPORT WHERE ID = ?", ReportRepository::map, id)
                .stream().findFirst();
    }

    private static ArchivedReport map(ResultSet row, int index) throws SQLException {
        return new ArchivedReport(row.getString("ID"), row.getString("PROCESS_KEY"),
                row.getString("PROCESS_INSTANCE_ID"), row.getString("TENANT_ID"), row.getString("TITLE"),
                row.getString("FILE_NAME"), row.getString("CONTENT_TYPE"), row.getBytes("CONTENT"),
                row.getObject("CREATED_AT", OffsetDateTime.class).toInstant());
    }
}
