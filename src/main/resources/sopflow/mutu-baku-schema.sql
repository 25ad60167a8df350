-- sopflow's own tables, created after the engine's. Plain SQL that H2 and PostgreSQL both accept; every
-- statement is idempotent because it runs at every start.

-- One row per late step (a user task whose mutu-baku time ran out): written when its boundary timer fires,
-- completed when the task is finally done. Lateness is then measured, not guessed.
CREATE TABLE IF NOT EXISTS SOPFLOW_LATE_STEP (
    TASK_ID VARCHAR(64) NOT NULL PRIMARY KEY,
    PROCESS_KEY VARCHAR(255) NOT NULL,
    PROCESS_INSTANCE_ID VARCHAR(64) NOT NULL,
    STEP_ID VARCHAR(255) NOT NULL,
    STEP_NAME VARCHAR(255),
    TENANT_ID VARCHAR(64),
    CANDIDATE_GROUPS VARCHAR(1000),
    ASSIGNEE VARCHAR(255),
    MUTU_BAKU VARCHAR(64),
    DUE_AT TIMESTAMP WITH TIME ZONE NOT NULL,
    DETECTED_AT TIMESTAMP WITH TIME ZONE NOT NULL,
    NOTIFICATION_TASK_ID VARCHAR(64),
    COMPLETED_AT TIMESTAMP WITH TIME ZONE,
    COMPLETED_BY VARCHAR(255)
);
CREATE INDEX IF NOT EXISTS SOPFLOW_LATE_STEP_PI ON SOPFLOW_LATE_STEP (PROCESS_INSTANCE_ID);
CREATE INDEX IF NOT EXISTS SOPFLOW_LATE_STEP_TENANT ON SOPFLOW_LATE_STEP (TENANT_ID, DETECTED_AT);
CREATE INDEX IF NOT EXISTS SOPFLOW_LATE_STEP_NOTICE ON SOPFLOW_LATE_STEP (NOTIFICATION_TASK_ID);

-- One row per supervisor group and desa (tenant, '-' for none) that has had a late step
-- (id.sopflow.mutubaku.LateStepNotices): TASK_ID is the notice the group has open for that desa, null while none is.
-- A step that falls late while it is open joins it instead of opening another, so a Camat reads one notice per desa,
-- not one per step. The row is also the lock that makes two job threads or two nodes open one notice: whoever finds
-- none locks the row (SELECT … FOR UPDATE), looks again and opens it; the other waits and then joins.
CREATE TABLE IF NOT EXISTS SOPFLOW_LATE_NOTICE (
    SUPERVISOR_GROUP VARCHAR(255) NOT NULL,
    TENANT_KEY VARCHAR(64) NOT NULL,
    TASK_ID VARCHAR(64),
    OPENED_AT TIMESTAMP WITH TIME ZONE,
    CONSTRAINT SOPFLOW_LATE_NOTICE_PK PRIMARY KEY (SUPERVISOR_GROUP, TENANT_KEY)
);
CREATE INDEX IF NOT EXISTS SOPFLOW_LATE_NOTICE_TASK ON SOPFLOW_LATE_NOTICE (TASK_ID);

-- The engine has no index on the task due date; "late" and "due today" queries would scan the task table.
CREATE INDEX IF NOT EXISTS SOPFLOW_IDX_TASK_DUE ON ACT_RU_TASK (DUE_DATE_);

-- The compliance report and Cockpit's timeliness read the steps finished in a period for the caller's tenants; the
-- engine indexes the end time and the tenant only apart (README "Kapasitas").
CREATE INDEX IF NOT EXISTS SOPFLOW_IDX_HI_TASK_TENANT_END ON ACT_HI_TASKINST (TENANT_ID_, END_TIME_);

-- One row per post sopflow made on a social-media channel, by idempotency key (e.g. process instance id and
-- activity id): a retried job finds its post here instead of posting twice. Written in its own transaction right
-- after the channel answered (id.sopflow.publishing.Publisher).
CREATE TABLE IF NOT EXISTS SOPFLOW_PUBLICATION (
    IDEMPOTENCY_KEY VARCHAR(255) NOT NULL PRIMARY KEY,
    CHANNEL VARCHAR(64) NOT NULL,
    EXTERNAL_ID VARCHAR(255) NOT NULL,
    URL VARCHAR(2000) NOT NULL,
    TENANT_ID VARCHAR(64),
    PUBLISHED_AT TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS SOPFLOW_PUBLICATION_TENANT ON SOPFLOW_PUBLICATION (TENANT_ID, PUBLISHED_AT);

-- One row per decision at a review step (Verifikasi laporan and every other Ya/Tidak gate a person decides):
-- written by the reviewRoundRecorder task listener when the review task completes, in the same transaction.
-- ROUND_NUMBER counts 1, 2, … per process instance and step; the unique key makes a concurrent duplicate fail.
CREATE TABLE IF NOT EXISTS SOPFLOW_REVIEW_ROUND (
    TASK_ID VARCHAR(64) NOT NULL PRIMARY KEY,
    PROCESS_INSTANCE_ID VARCHAR(64) NOT NULL,
    STEP_ID VARCHAR(255) NOT NULL,
    ROUND_NUMBER INTEGER NOT NULL,
    REVIEWER_ID VARCHAR(255),
    DECIDED_AT TIMESTAMP WITH TIME ZONE NOT NULL,
    APPROVED BOOLEAN NOT NULL,
    REASON VARCHAR(4000),
    TENANT_ID VARCHAR(64),
    CONSTRAINT SOPFLOW_REVIEW_ROUND_STEP UNIQUE (PROCESS_INSTANCE_ID, STEP_ID, ROUND_NUMBER)
);

-- Archived reports (the SOPs' "disimpan sebagai laporan"): one row per generated document, never deleted by
-- sopflow. BYTEA is PostgreSQL's binary type and an alias of VARBINARY (up to 1 GB) in H2; both accept it.
CREATE TABLE IF NOT EXISTS SOPFLOW_REPORT (
    ID VARCHAR(36) NOT NULL PRIMARY KEY,
    PROCESS_KEY VARCHAR(255) NOT NULL,
    PROCESS_INSTANCE_ID VARCHAR(64),
    TENANT_ID VARCHAR(64),
    TITLE VARCHAR(500) NOT NULL,
    FILE_NAME VARCHAR(255) NOT NULL,
    CONTENT_TYPE VARCHAR(100) NOT NULL,
    CONTENT BYTEA NOT NULL,
    CREATED_AT TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS SOPFLOW_REPORT_PI ON SOPFLOW_REPORT (PROCESS_INSTANCE_ID);

-- One row per Facebook comment the webhook turned into something (a question of a SIPA report), by comment id:
-- Facebook redelivers events, and a redelivered comment must not become a second question. Written in the same
-- transaction as the question.
CREATE TABLE IF NOT EXISTS SOPFLOW_FACEBOOK_COMMENT (
    COMMENT_ID VARCHAR(255) NOT NULL PRIMARY KEY,
    POST_ID VARCHAR(255) NOT NULL,
    REFERENCE VARCHAR(255),
    RECEIVED_AT TIMESTAMP WITH TIME ZONE NOT NULL
);

-- SOP Bapinanduan (Sekretariat DPRD Kabupaten Balangan), row 3: the links a finished case published, one row per
-- case and platform. The periodic update (row 4) lists them as "what is currently published".
CREATE TABLE IF NOT EXISTS SOPFLOW_SETWAN_PUBLIKASI (
    PROCESS_INSTANCE_ID VARCHAR(64) NOT NULL,
    PLATFORM VARCHAR(32) NOT NULL,
    URL VARCHAR(2000) NOT NULL,
    TENANT_ID VARCHAR(64),
    JUDUL VARCHAR(500) NOT NULL,
    RECORDED_AT TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT SOPFLOW_SETWAN_PUBLIKASI_PK PRIMARY KEY (PROCESS_INSTANCE_ID, PLATFORM)
);
CREATE INDEX IF NOT EXISTS SOPFLOW_SETWAN_PUBLIKASI_TENANT ON SOPFLOW_SETWAN_PUBLIKASI (TENANT_ID, RECORDED_AT);

-- SOP Bapinanduan, row 4: one row per scheduled moment of the periodic update and organisation, with what sopflow
-- did (MULAI: schedule first seen; DIBUAT: update task made; DIGABUNG: folded into the update still open). The key
-- lets two application nodes serve a moment once.
CREATE TABLE IF NOT EXISTS SOPFLOW_SETWAN_PEMBARUAN (
    TENANT_ID VARCHAR(64) NOT NULL,
    SLOT_AT TIMESTAMP WITH TIME ZONE NOT NULL,
    OUTCOME VARCHAR(16) NOT NULL,
    PROCESS_INSTANCE_ID VARCHAR(64),
    RECORDED_AT TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT SOPFLOW_SETWAN_PEMBARUAN_PK PRIMARY KEY (TENANT_ID, SLOT_AT)
);

-- Shared by every application node (id.sopflow.cluster): keys made once for all nodes (e.g. the key that signs the
-- public question form when SOPFLOW_FEEDBACK_FORM_SECRET is not set), and the public channel's rate limits. A limited
-- key has a row that is locked while its events are counted, so two nodes cannot both let the last one through.
CREATE TABLE IF NOT EXISTS SOPFLOW_SHARED_SECRET (
    NAME VARCHAR(64) NOT NULL PRIMARY KEY,
    SECRET_VALUE VARCHAR(128) NOT NULL
);
CREATE TABLE IF NOT EXISTS SOPFLOW_RATE_KEY (
    LIMITER VARCHAR(32) NOT NULL,
    KEY_VALUE VARCHAR(255) NOT NULL,
    CONSTRAINT SOPFLOW_RATE_KEY_PK PRIMARY KEY (LIMITER, KEY_VALUE)
);
CREATE TABLE IF NOT EXISTS SOPFLOW_RATE_EVENT (
    ID VARCHAR(36) NOT NULL PRIMARY KEY,
    LIMITER VARCHAR(32) NOT NULL,
    KEY_VALUE VARCHAR(255) NOT NULL,
    AT_TIME TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS SOPFLOW_RATE_EVENT_KEY ON SOPFLOW_RATE_EVENT (LIMITER, KEY_VALUE, AT_TIME);

-- A post being made right now, by idempotency key (id.sopflow.publishing.Publisher): written before the platform is
-- called, removed when the post is recorded or the call failed. A second execution of the same request (a job whose
-- lock expired, another node) finds the claim and does not post; a claim left by a node that died in the middle of
-- the call makes the step go to the manual task instead of posting a second time.
CREATE TABLE IF NOT EXISTS SOPFLOW_PUBLICATION_CLAIM (
    IDEMPOTENCY_KEY VARCHAR(255) NOT NULL PRIMARY KEY,
    CLAIMED_AT TIMESTAMP WITH TIME ZONE NOT NULL
);
