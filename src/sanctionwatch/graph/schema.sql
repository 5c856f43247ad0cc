-- Tables the graph stage writes (ownership, networks, data issues). Rebuilt by each analysis.

-- Indirect ownership: every owner at any level of every company, shares multiplied along a chain
-- and summed across chains (simple paths only: a cycle is cut where it closes).
CREATE TABLE IF NOT EXISTS ownership_indirect (
    company_ogrn VARCHAR NOT NULL,
    owner_key    VARCHAR NOT NULL,   -- 'person:<inn|passport|name|birth>' or 'company:<ogrn|name|country>'
    owner_name   VARCHAR,
    share_pct    DOUBLE NOT NULL,    -- effective share in percent
    min_depth    INTEGER NOT NULL,   -- 1 = direct founder
    paths        INTEGER NOT NULL    -- number of chains summed
);

-- Parties blocked under the 50 % rule: listed parties (level 0) and companies owned >= 50 % in
-- aggregate by blocked parties (level = the iteration that blocked them).
CREATE TABLE IF NOT EXISTS blocked_parties (
    party_key    VARCHAR NOT NULL,
    party_name   VARCHAR,
    level        INTEGER NOT NULL,
    blocked_pct  DOUBLE,             -- aggregate share held by blocked owners (companies only)
    basis        JSON NOT NULL       -- the listing (level 0) or the blocked owners and shares
);

-- Companies grouped into networks by shared founders, directors, addresses, phones, employees.
CREATE TABLE IF NOT EXISTS company_networks (
    company_ogrn VARCHAR NOT NULL,
    network_id   VARCHAR NOT NULL,   -- 'net-' + the smallest OGRN of the network
    network_size INTEGER NOT NULL,
    control_network_id VARCHAR NOT NULL -- 'ctl-' + smallest OGRN, joined by control links only
);

CREATE TABLE IF NOT EXISTS network_links (
    company_ogrn VARCHAR NOT NULL,
    link_kind    VARCHAR NOT NULL,   -- founder, director, owner_company, address, phone, employee
    link_value   VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS network_timeline (
    network_id           VARCHAR NOT NULL,
    month                DATE NOT NULL,
    companies_registered INTEGER NOT NULL,
    branches_opened      INTEGER NOT NULL,
    permits_issued       INTEGER NOT NULL
);

-- Data problems found on companies, reported (never silently corrected): share above 100 %,
-- founders summing past 100 %, ownership cycles.
CREATE TABLE IF NOT EXISTS graph_issues (
    company_ogrn VARCHAR NOT NULL,
    issue        VARCHAR NOT NULL,   -- share_over_100, shares_sum_over_100, ownership_cycle
    detail       VARCHAR NOT NULL,
    record_ids   VARCHAR[] NOT NULL
);
