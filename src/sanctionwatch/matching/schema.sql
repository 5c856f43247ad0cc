-- Tables of the matching stage (run by open_workspace after the core schema).

-- Subjects that could not be screened (no usable name), so none is skipped silently.
CREATE TABLE IF NOT EXISTS screen_unscreenable (
    subject_table VARCHAR NOT NULL,   -- permits, company_people, companies
    subject_id    VARCHAR NOT NULL,   -- record_id of the subject row
    reason        VARCHAR NOT NULL    -- empty name, no letters, one character
);

-- One row per screening run: what the report states (the threshold actually used).
CREATE TABLE IF NOT EXISTS screen_runs (
    run_id       INTEGER PRIMARY KEY,
    started_at   TIMESTAMP NOT NULL,
    threshold    DOUBLE NOT NULL,
    mode         VARCHAR NOT NULL,    -- full, incremental
    subjects     BIGINT NOT NULL,
    candidates   BIGINT NOT NULL,
    matches      BIGINT NOT NULL,
    unscreenable BIGINT NOT NULL,
    seconds      DOUBLE NOT NULL
);
