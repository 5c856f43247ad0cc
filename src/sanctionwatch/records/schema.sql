-- Tables the records stage writes besides the registries: persons resolved across permits,
-- founders and directors (sanctionwatch.records.resolve_persons). Rebuilt by each resolution.

-- One row per person: the values most records agree on, and every identifier seen.
CREATE TABLE IF NOT EXISTS persons (
    person_id        VARCHAR PRIMARY KEY, -- 'P' + 15 hex of md5(the smallest record_id)
    name             VARCHAR,             -- the most frequent name as recorded
    name_latin       VARCHAR,
    citizenship      VARCHAR,             -- ISO alpha-2 lower
    birth_date       DATE,
    passport_numbers VARCHAR[],           -- normalised: letters and digits, upper case
    inns             VARCHAR[],
    permits          INTEGER NOT NULL,    -- records in permits
    company_roles    INTEGER NOT NULL,    -- records in company_people (founder or director)
    records          INTEGER NOT NULL
);

-- Which registry record belongs to which person, and on what evidence.
CREATE TABLE IF NOT EXISTS person_records (
    person_id    VARCHAR NOT NULL,
    record_table VARCHAR NOT NULL,        -- permits or company_people
    record_id    VARCHAR NOT NULL,
    linked_by    VARCHAR[] NOT NULL       -- passport, inn, name_birth_date; [] = alone
);

-- Each merge made on name and birth date (no shared passport or INN): the two records whose
-- groups were joined and the matching engine's score and explanation.
CREATE TABLE IF NOT EXISTS person_links (
    person_id       VARCHAR NOT NULL,
    left_record_id  VARCHAR NOT NULL,
    right_record_id VARCHAR NOT NULL,
    score           DOUBLE NOT NULL,
    explanation     JSON NOT NULL
);
