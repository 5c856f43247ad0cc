-- Extra tables of the lists stage (run after the core schema by open_workspace).

-- The listing behind each listed entity: an FtM Sanction record.
CREATE TABLE IF NOT EXISTS listed_sanctions (
    version_id   INTEGER NOT NULL,
    entity_id    VARCHAR NOT NULL,
    authority    VARCHAR NOT NULL,   -- United Nations Security Council, OFAC, ...
    programs     VARCHAR[],          -- ['UN-SC1718'], ['DPRK3', 'NPWMD']
    reference    VARCHAR,            -- KPi.033, SDN uid, UK group id
    listing_date DATE,
    reason       VARCHAR
);

-- Links between listed parties (OFAC advanced ProfileRelationships: ownership, acting for, ...).
CREATE TABLE IF NOT EXISTS listed_relationships (
    version_id     INTEGER NOT NULL,
    from_entity_id VARCHAR NOT NULL,
    to_entity_id   VARCHAR NOT NULL,
    relation       VARCHAR NOT NULL  -- e.g. 'Owned or Controlled By', 'Acting for or on behalf of'
);
