package id.sopflow.sop.setwan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One row per scheduled moment of the periodic update and organisation ({@code SOPFLOW_SETWAN_PEMBARUAN}): what
 * sopflow did about it. The primary key makes two application nodes that both see a moment due serve it once.
 */
@Repository
class UpdateSlotRepository {

    private final JdbcTemplate jdbc;

    UpdateSlotRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> last(String tenantId) {
        OffsetDateTime last = jdbc.queryForObject("SELECT MAX(SLOT_AT) FROM SOPFLOW_SETWAN_PEMBARUAN WHERE TENANT_ID = ?",
                OffsetDateTime.class, tenantId);
        return Optional.ofNullable(last).map(OffsetDateTime::toInstant);
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the moment was served already */
    void insert(UpdateSlot slot) {
        jdbc.update("INSERT INTO SOPFLOW_SETWAN_PEMBARUAN (TENANT_ID, SLOT_AT, OUTCOME, PROCESS_INSTANCE_ID, RECORDED_AT) "
                + "VALUES (?, ?, ?, ?, ?)", slot.tenantId(), utc(slot.slotAt()), slot.outcome().name(),
                slot.processInstanceId(), utc(slot.recordedAt()));
    }

    void setProcessInstance(String tenantId, Instant slotAt, String processInstanceId) {
        jdbc.update("UPDATE SOPFLOW_SETWAN_PEMBARUAN SET PROCESS_INSTANCE_ID = ? WHERE TENANT_ID = ? AND SLOT_AT = ?",
                processInstanceId, tenantId, utc(slotAt));
    }

    List<UpdateSlot> ofTenant(String tenantId) {
        return jdbc.query("SELECT TENANT_ID, SLOT_AT, OUTCOME, PROCESS_INSTANCE_ID, RECORDED_AT "
                + "FROM SOPFLOW_SETWAN_PEMBARUAN WHERE TENANT_ID = ? ORDER BY SLOT_AT", this::map, tenantId);
    }

    private UpdateSlot map(ResultSet row, int index) throws SQLException {
        return new UpdateSlot(row.getString("TENANT_ID"), row.getObject("SLOT_AT", OffsetDateTime.class).toInstant(),
                UpdateSlot.Outcome.valueOf(row.getString("OUTCOME")), row.getString("PROCESS_INSTANCE_ID"),
                row.getObject("RECORDED_AT", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
