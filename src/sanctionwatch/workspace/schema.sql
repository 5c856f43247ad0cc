-- The workspace schema: one DuckDB file holds every stage's tables.
-- Data flows one way: lists + registries -> screen_matches -> findings -> report.
-- Country values are ISO 3166-1 alpha-2 in lower case ('kp', 'kr', 'ru'), as FollowTheMoney writes them.
-- Every registry row carries record_id ('<file name>:<line>'), source_file and source_row so that
-- a finding can name the record it rests on.

CREATE SEQUENCE IF NOT EXISTS list_version_seq START 1;
CREATE SEQUENCE IF NOT EXISTS registry_load_seq START 1;

-- Sanctions lists --------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS list_versions (
    version_id   INTEGER PRIMARY KEY,
    list_name    VARCHAR NOT NULL,   -- un-sc, un-1718-vessels, ofac-sdn, ofac-cons, eu-fsf, uk-hmt, ftm
    format       VARCHAR NOT NULL,   -- un-xml, ofac-sdn-xml, ofac-advanced-xml, ofac-csv, eu-xml, eu-csv, uk-csv, ftm-jsonl, un-vessels-csv
    source_path  VARCHAR NOT NULL,
    sha256       VARCHAR NOT NULL,
    published    TIMESTAMP,
    loaded_at    TIMESTAMP NOT NULL,
    entity_count INTEGER NOT NULL,
    name_count   INTEGER NOT NULL,
    issue_count  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS listed_entities (
    version_id   INTEGER NOT NULL,
    entity_id    VARCHAR NOT NULL,   -- stable across versions of one list, e.g. 'un-sc-6908248'
    list_name    VARCHAR NOT NULL,
    schema       VARCHAR NOT NULL,   -- FtM schema: Person, Organization, Company, LegalEntity, Vessel
    caption      VARCHAR NOT NULL,
    reference    VARCHAR,            -- KPi.033, SDN uid, ...
    programs     VARCHAR[],          -- e.g. ['UN-SC1718'], ['DPRK3']
    listed_on    DATE,
    countries    VARCHAR[],          -- nationality/citizenship/jurisdiction, ISO alpha-2 lower
    gender       VARCHAR,            -- male, female or NULL
    properties   JSON NOT NULL,      -- every FtM property as lists of strings (the full record)
    content_hash VARCHAR NOT NULL,   -- hash of properties: what list diffs compare
    PRIMARY KEY (version_id, entity_id)
);

CREATE TABLE IF NOT EXISTS listed_names (
    version_id INTEGER NOT NULL,
    entity_id  VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL      -- primary, alias, weak_alias, previous, original_script
);

CREATE TABLE IF NOT EXISTS listed_birth_dates (
    version_id INTEGER NOT NULL,
    entity_id  VARCHAR NOT NULL,
    date_from  DATE,                 -- a year-only date is the range Jan 1 .. Dec 31
    date_to    DATE,
    raw        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS listed_identifiers (
    version_id INTEGER NOT NULL,
    entity_id  VARCHAR NOT NULL,
    id_type    VARCHAR NOT NULL,     -- passportNumber, idNumber, imoNumber, mmsi, innCode, ogrnCode, registrationNumber, ...
    id_value   VARCHAR NOT NULL,
    country    VARCHAR
);

CREATE TABLE IF NOT EXISTS list_load_issues (
    version_id INTEGER NOT NULL,
    entity_id  VARCHAR,
    field      VARCHAR NOT NULL,
    raw_value  VARCHAR,
    message    VARCHAR NOT NULL
);

-- Registries the user brings ---------------------------------------------------------------
CREATE TABLE IF NOT EXISTS registry_loads (
    load_id       INTEGER PRIMARY KEY,
    kind          VARCHAR NOT NULL,  -- permits, companies, company_people, branches
    source_path   VARCHAR NOT NULL,
    sha256        VARCHAR NOT NULL,
    loaded_at     TIMESTAMP NOT NULL,
    rows_read     INTEGER NOT NULL,
    rows_loaded   INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    rows_flagged  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS load_rejects (
    load_id     INTEGER,
    source_path VARCHAR NOT NULL,
    source_row  INTEGER,
    field       VARCHAR,
    value       VARCHAR,
    message     VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS permits (
    record_id       VARCHAR NOT NULL,
    permit_id       VARCHAR NOT NULL,  -- series and number as written
    permit_type     VARCHAR NOT NULL,  -- work_permit, patent, study, tourism, business, private, other
    surname         VARCHAR,           -- as the Russian record writes it (Cyrillic)
    given_name      VARCHAR,
    patronymic      VARCHAR,
    name_latin      VARCHAR,           -- from the passport's machine-readable zone
    citizenship_raw VARCHAR,
    citizenship     VARCHAR,           -- ISO alpha-2 lower; NULL when the raw value is unknown (flagged)
    birth_date      DATE,
    passport_number VARCHAR,
    employer_name   VARCHAR,
    employer_inn    VARCHAR,
    employer_ogrn   VARCHAR,
    contract_date   DATE,              -- date the written labour contract was signed, when known
    issue_date      DATE,
    expiry_date     DATE,
    region          VARCHAR,
    occupation      VARCHAR,
    flags           VARCHAR[],         -- e.g. invalid_employer_inn, unknown_citizenship
    load_id         INTEGER NOT NULL,
    source_file     VARCHAR NOT NULL,
    source_row      INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS companies (
    record_id     VARCHAR NOT NULL,
    ogrn          VARCHAR NOT NULL,
    inn           VARCHAR,
    full_name     VARCHAR NOT NULL,
    short_name    VARCHAR,
    legal_form    VARCHAR,
    registered_on DATE,
    liquidated_on DATE,
    address       VARCHAR,
    phone         VARCHAR,
    activity_code VARCHAR,             -- OKVED, e.g. 41.20 (construction)
    region        VARCHAR,
    flags         VARCHAR[],
    load_id       INTEGER NOT NULL,
    source_file   VARCHAR NOT NULL,
    source_row    INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS company_people (
    record_id       VARCHAR NOT NULL,
    company_ogrn    VARCHAR NOT NULL,
    role            VARCHAR NOT NULL,  -- founder or director
    party_type      VARCHAR NOT NULL,  -- person or company
    name            VARCHAR NOT NULL,  -- as recorded (persons: 'Фамилия Имя Отчество')
    name_latin      VARCHAR,
    citizenship_raw VARCHAR,
    citizenship     VARCHAR,           -- persons: citizenship; companies: country of registration
    birth_date      DATE,
    passport_number VARCHAR,
    inn             VARCHAR,
    party_ogrn      VARCHAR,           -- a Russian company founder's OGRN (links the ownership chain)
    share_pct       DOUBLE,            -- founders: share of charter capital in percent
    start_date      DATE,
    end_date        DATE,
    flags           VARCHAR[],
    load_id         INTEGER NOT NULL,
    source_file     VARCHAR NOT NULL,
    source_row      INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS branches (
    record_id    VARCHAR NOT NULL,
    company_ogrn VARCHAR NOT NULL,
    branch_id    VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,     -- branch or representative_office
    address      VARCHAR,
    opened_on    DATE,
    closed_on    DATE,
    flags        VARCHAR[],
    load_id      INTEGER NOT NULL,
    source_file  VARCHAR NOT NULL,
    source_row   INTEGER NOT NULL
);

-- Screening --------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS screen_matches (
    subject_table VARCHAR NOT NULL,    -- permits, company_people, companies
    subject_id    VARCHAR NOT NULL,    -- record_id of the subject row
    subject_name  VARCHAR NOT NULL,
    version_id    INTEGER NOT NULL,
    entity_id     VARCHAR NOT NULL,
    list_name     VARCHAR NOT NULL,
    matched_name  VARCHAR NOT NULL,
    score         DOUBLE NOT NULL,     -- calibrated, in [0, 1]
    explanation   JSON NOT NULL,       -- which name forms met, what each attribute added or took
    screened_at   TIMESTAMP NOT NULL
);

-- Findings ---------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS findings (
    finding_id    VARCHAR PRIMARY KEY, -- stable: hash of measure and subject
    measure_id    VARCHAR NOT NULL,
    regime        VARCHAR NOT NULL,
    citation      VARCHAR NOT NULL,
    severity      VARCHAR NOT NULL,    -- critical, high, medium, low
    as_of         DATE NOT NULL,
    subject_kind  VARCHAR NOT NULL,    -- permit, company, person, network
    subject_key   VARCHAR NOT NULL,    -- permit_id, ogrn, ...
    subject_label VARCHAR NOT NULL,
    network_id    VARCHAR,
    summary       VARCHAR NOT NULL,
    evidence      JSON NOT NULL,       -- records (file, row), match scores with explanations, ownership paths
    evidence_hash VARCHAR NOT NULL,
    status        VARCHAR NOT NULL,    -- open, confirmed, dismissed, escalated, resolved
    first_seen_at TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS finding_reviews (
    finding_id    VARCHAR NOT NULL,
    decided_at    TIMESTAMP NOT NULL,
    analyst       VARCHAR NOT NULL,
    action        VARCHAR NOT NULL,    -- confirm, dismiss, escalate, reopen
    status_before VARCHAR NOT NULL,
    status_after  VARCHAR NOT NULL,
    note          VARCHAR
);
