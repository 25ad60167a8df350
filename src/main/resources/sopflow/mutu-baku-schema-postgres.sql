-- PostgreSQL only, after mutu-baku-schema.sql; one statement (a DO block), idempotent, run at every start.
-- The engine's authorization check tests permission bits as PERMS_ & 2 = 2 (READ) and PERMS_ & 64 = 64 (READ_TASK).
-- Without statistics on those expressions the planner guesses a caller's groups hold a few dozen grants where a
-- kecamatan group holds thousands (one per task), and joins tasks to grants by comparing every pair: 25-30 s for a
-- kecamatan admin's task count at 100,000 open tasks instead of under a second (README "Kapasitas"). Expression
-- statistics exist from PostgreSQL 14 on; ANALYZE fills them at once instead of at autovacuum's next visit.
DO $$
BEGIN
    IF current_setting('server_version_num')::int >= 140000 THEN
        EXECUTE 'CREATE STATISTICS IF NOT EXISTS SOPFLOW_STAT_AUTH_READ ON (PERMS_ & 2) FROM ACT_RU_AUTHORIZATION';
        EXECUTE 'CREATE STATISTICS IF NOT EXISTS SOPFLOW_STAT_AUTH_READ_TASK ON (PERMS_ & 64) FROM ACT_RU_AUTHORIZATION';
        EXECUTE 'ANALYZE ACT_RU_AUTHORIZATION';
    END IF;
END
$$
