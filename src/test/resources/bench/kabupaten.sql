-- The kabupaten data set's bulk rows (KabupatenDataSet), PostgreSQL only. :names are replaced before it runs;
-- bench_step, bench_kec and bench_desa are filled by KabupatenDataSet first. Timestamps are the session's local
-- time, which the JDBC driver sets to the JVM's zone: the engine writes its dates the same way.

-- Open steps: one open SIPA case per step, spread evenly over the desa; which step and how due by hash.
CREATE TEMP TABLE bench_open AS
WITH base AS (
    SELECT i, dz.d, dz.tenant, dz.name AS desa_name, dz.user_prefix,
           kz.proc_key, kz.proc_def_id, kz.suffix, kz.g_pemdes, kz.g_admin, kz.g_kasi, kz.g_camat,
           st.step_key, st.step_name, st.lanes, st.hours, st.mutu,
           md5('kb-pi-' || i)::uuid::text AS pi,
           md5('kb-ex-' || i)::uuid::text AS ex,
           md5('kb-ai-' || i)::uuid::text AS act_inst,
           md5('kb-task-' || i)::uuid::text AS task,
           abs(hashtext('r' || i)) % 100 AS r
    FROM generate_series(0, :open - 1) AS i
    JOIN bench_desa dz ON dz.d = i % :desa
    JOIN bench_kec kz ON kz.k = dz.k
    JOIN bench_step st ON st.s = CASE
        WHEN abs(hashtext('s' || i)) % 20 < 2 THEN 0
        WHEN abs(hashtext('s' || i)) % 20 < 8 THEN 1
        WHEN abs(hashtext('s' || i)) % 20 < 11 THEN 2
        WHEN abs(hashtext('s' || i)) % 20 < 14 THEN 3
        WHEN abs(hashtext('s' || i)) % 20 < 18 THEN 4
        ELSE 5 END
), timed AS (
    SELECT base.*,
           r < 5 AS late,
           CASE WHEN r < 5 THEN localtimestamp - (1 + i % 160) * interval '1 hour'
                WHEN r < 8 THEN localtimestamp + (1 + i % 4) * interval '20 minutes'
                ELSE localtimestamp + (1 + i % 14) * interval '1 day' + (i % 8) * interval '1 hour' END AS due
    FROM base
)
SELECT timed.*,
       CASE WHEN late THEN due - hours * interval '1 hour'
            ELSE localtimestamp - (1 + i % 48) * interval '1 hour' END AS created,
       CASE WHEN abs(hashtext('a' || i)) % 10 < 3 THEN CASE lanes[1]
            WHEN 'pemdes' THEN user_prefix || (1 + i % :pemdesUsers)
            WHEN 'admin' THEN 'admin-' || suffix || '-' || (1 + i % :admins)
            WHEN 'kasi' THEN 'kasi-' || suffix || '-' || (1 + i % :kasi)
            ELSE 'camat-' || suffix END END AS assignee,
       array_to_string(ARRAY(SELECT CASE lane WHEN 'pemdes' THEN g_pemdes WHEN 'admin' THEN g_admin
                                             WHEN 'kasi' THEN g_kasi ELSE g_camat END
                             FROM unnest(lanes) AS lane), ',') AS groups
FROM timed;

CREATE TEMP TABLE bench_lane AS
SELECT o.i, o.task, o.pi, o.tenant, g.grp, g.n
FROM bench_open o, unnest(string_to_array(o.groups, ',')) WITH ORDINALITY AS g(grp, n);

INSERT INTO ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PARENT_ID_, PROC_DEF_ID_,
    ACT_ID_, ACT_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_,
    CACHED_ENT_STATE_, SEQUENCE_COUNTER_, TENANT_ID_, PROC_DEF_KEY_)
SELECT pi, 1, pi, pi, 'SIPA-' || i, NULL, proc_def_id, NULL, pi, false, false, true, false, 1, 16, 1, tenant,
       proc_key
FROM bench_open;

-- The step's own scope execution (it carries a boundary timer), as the engine makes it.
INSERT INTO ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PARENT_ID_, PROC_DEF_ID_,
    ACT_ID_, ACT_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_,
    CACHED_ENT_STATE_, SEQUENCE_COUNTER_, TENANT_ID_, PROC_DEF_KEY_)
SELECT ex, 1, pi, pi, NULL, pi, proc_def_id, step_key, act_inst, true, false, true, false, 1, 2, 2, tenant, NULL
FROM bench_open;

INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_,
    PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, SUSPENSION_STATE_, TENANT_ID_, TASK_STATE_)
SELECT task, 1, ex, pi, proc_def_id, step_name, step_key, assignee, CASE WHEN late THEN 80 ELSE 50 END, created,
       NULL, due, 1, tenant, 'Created'
FROM bench_open;

INSERT INTO ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, USER_ID_, TASK_ID_, PROC_DEF_ID_, TENANT_ID_)
SELECT md5('kb-il-' || i || '-' || n)::uuid::text, 1, grp, 'candidate', NULL, task, NULL, tenant
FROM bench_lane;

-- What the engine grants a task's candidate groups and its assignee (permission bits from a real task), where it
-- grants per task: not for an SOP whose actors read every step through the definition (StepGrantsByDefinition).
INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_,
    REMOVAL_TIME_, ROOT_PROC_INST_ID_)
SELECT md5('kb-ag-' || i || '-' || n)::uuid::text, 1, 1, grp, NULL, 7, task, :groupPerms, NULL, pi
FROM bench_lane WHERE :perTaskGrants;

INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_,
    REMOVAL_TIME_, ROOT_PROC_INST_ID_)
SELECT md5('kb-au-' || i)::uuid::text, 1, 1, NULL, assignee, 7, task, :userPerms, NULL, pi
FROM bench_open WHERE assignee IS NOT NULL AND :perTaskGrants;

-- The case header: on the case, and copied onto the step (what Tasklist's cards read).
INSERT INTO ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, TASK_ID_, TEXT_,
    VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_, TENANT_ID_)
SELECT md5('kb-pv-' || i || v.name)::uuid::text, 1, 'string', v.name, pi, pi, proc_def_id, NULL, v.text, pi, 1,
       false, tenant
FROM bench_open, LATERAL (VALUES ('kasusJudul', 'Laporan kegiatan ' || desa_name || ' nomor ' || i),
                                 ('kasusUnitId', tenant), ('kasusUnit', desa_name),
                                 ('kasusSop', 'SIPA BERMEDSOS')) AS v(name, text);

INSERT INTO ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, TASK_ID_, TEXT_,
    VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_, TENANT_ID_)
SELECT md5('kb-tv-' || i || v.name)::uuid::text, 1, 'string', v.name, ex, pi, proc_def_id, task, v.text, task, 1,
       false, tenant
FROM bench_open, LATERAL (VALUES ('kasusJudul', 'Laporan kegiatan ' || desa_name || ' nomor ' || i),
                                 ('kasusUnit', desa_name),
                                 ('kasusBatasWaktu', CASE WHEN late THEN 'TERLAMBAT — batas ' ELSE '' END
                                     || to_char(due, 'DD-MM-YYYY HH24.MI') || ' WITA'),
                                 ('kasusSop', 'SIPA BERMEDSOS')) AS v(name, text);

INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,
    START_USER_ID_, START_ACT_ID_, ROOT_PROC_INST_ID_, TENANT_ID_, STATE_)
SELECT pi, pi, 'SIPA-' || i, proc_key, proc_def_id, created - interval '2 hours', user_prefix || '1',
       'event_laporanMasuk', pi, tenant, 'ACTIVE'
FROM bench_open;

INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
    EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, PRIORITY_, DUE_DATE_, TENANT_ID_, TASK_STATE_)
SELECT task, step_key, proc_key, proc_def_id, pi, pi, ex, act_inst, step_name, assignee, created,
       CASE WHEN late THEN 80 ELSE 50 END, due, tenant, 'Created'
FROM bench_open;

INSERT INTO SOPFLOW_LATE_STEP (TASK_ID, PROCESS_KEY, PROCESS_INSTANCE_ID, STEP_ID, STEP_NAME, TENANT_ID,
    CANDIDATE_GROUPS, ASSIGNEE, MUTU_BAKU, DUE_AT, DETECTED_AT)
SELECT task, proc_key, pi, step_key, step_name, tenant, groups, assignee, mutu, due::timestamptz, due::timestamptz
FROM bench_open WHERE late;

-- Finished cases over the last 24 months (ended at least a day ago), five completed steps each.
CREATE TEMP TABLE bench_done AS
SELECT j, dz.tenant, dz.user_prefix, kz.proc_key, kz.proc_def_id, kz.suffix,
       kz.g_pemdes, kz.g_admin, kz.g_kasi, kz.g_camat,
       md5('kb-hpi-' || j)::uuid::text AS pi,
       localtimestamp - interval '7 days' - (abs(hashtext('t' || j)) % (730 * 24 * 60)) * interval '1 minute'
           AS started
FROM generate_series(0, :finished - 1) AS j
JOIN bench_desa dz ON dz.d = j % :desa
JOIN bench_kec kz ON kz.k = dz.k;

CREATE TEMP TABLE bench_done_task AS
WITH steps AS (
    SELECT b.*, t.n, st.step_key, st.step_name, st.hours, st.mutu, st.lanes,
           md5('kb-ht-' || b.j || '-' || t.n)::uuid::text AS task,
           b.started + (t.n - 1) * interval '1 day' AS task_start,
           abs(hashtext('o' || b.j || '-' || t.n)) % 100 < 80 AS on_time
    FROM bench_done b CROSS JOIN generate_series(1, 5) AS t(n)
    JOIN bench_step st ON st.s = t.n
)
SELECT steps.*,
       task_start + CASE WHEN on_time THEN hours * interval '30 minutes'
                         ELSE hours * interval '1 hour' + interval '3 hours' END AS task_end,
       task_start + hours * interval '1 hour' AS due,
       CASE lanes[1]
            WHEN 'pemdes' THEN user_prefix || (1 + j % :pemdesUsers)
            WHEN 'admin' THEN 'admin-' || suffix || '-' || (1 + j % :admins)
            WHEN 'kasi' THEN 'kasi-' || suffix || '-' || (1 + j % :kasi)
            ELSE 'camat-' || suffix END AS assignee,
       array_to_string(ARRAY(SELECT CASE lane WHEN 'pemdes' THEN g_pemdes WHEN 'admin' THEN g_admin
                                             WHEN 'kasi' THEN g_kasi ELSE g_camat END
                             FROM unnest(lanes) AS lane), ',') AS groups
FROM steps;

INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_,
    REMOVAL_TIME_, DURATION_, START_USER_ID_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_, TENANT_ID_, STATE_)
SELECT pi, pi, 'SIPA-H-' || j, proc_key, proc_def_id, started, started + interval '6 days',
       started + interval '6 days' + interval '1825 days', 6 * 86400000, user_prefix || '1', 'event_laporanMasuk',
       'event_laporanSelesai', pi, tenant, 'COMPLETED'
FROM bench_done;

INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
    EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, PRIORITY_,
    DUE_DATE_, TENANT_ID_, REMOVAL_TIME_, TASK_STATE_)
SELECT task, step_key, proc_key, proc_def_id, pi, pi, md5('kb-hex-' || j || '-' || n)::uuid::text,
       md5('kb-hai-' || j || '-' || n)::uuid::text, step_name, assignee, task_start, task_end,
       (extract(epoch FROM task_end - task_start) * 1000)::bigint, 'completed', 50, due, tenant,
       started + interval '6 days' + interval '1825 days', 'Completed'
FROM bench_done_task;

INSERT INTO SOPFLOW_LATE_STEP (TASK_ID, PROCESS_KEY, PROCESS_INSTANCE_ID, STEP_ID, STEP_NAME, TENANT_ID,
    CANDIDATE_GROUPS, ASSIGNEE, MUTU_BAKU, DUE_AT, DETECTED_AT, COMPLETED_AT, COMPLETED_BY)
SELECT task, proc_key, pi, step_key, step_name, tenant, groups, assignee, mutu, due::timestamptz, due::timestamptz,
       task_end::timestamptz, assignee
FROM bench_done_task WHERE NOT on_time;

DROP TABLE bench_lane;
DROP TABLE bench_open;
DROP TABLE bench_done_task;
DROP TABLE bench_done;
DROP TABLE bench_step;
DROP TABLE bench_kec;
DROP TABLE bench_desa;
