"""Person records from permits and company people, grouped by the identifiers they share.

A permit holder or a founder/director who is a person is one record. Records with the same
passport number or the same personal INN are one group (connected components, computed in
DuckDB by label propagation, so millions of records cost seconds). A passport number seen under
two citizenships only joins records of the same citizenship: two states may issue one number.
"""

from __future__ import annotations

from sanctionwatch.workspace import Workspace

MAX_ROUNDS = 50

PASSPORT_SQL = "nullif(upper(regexp_replace(coalesce({col}, ''), '[^0-9A-Za-z]', '', 'g')), '')"

PERSON_RECORDS_SQL = f"""
CREATE OR REPLACE TEMP TABLE _person_rec AS
WITH raw AS (
    SELECT 'permits' AS record_table, record_id,
           nullif(trim(concat_ws(' ', surname, given_name, patronymic)), '') AS name,
           nullif(trim(name_latin), '') AS name_latin, citizenship, birth_date,
           {PASSPORT_SQL.format(col="passport_number")} AS passport, NULL::VARCHAR AS inn
    FROM permits
    UNION ALL
    SELECT 'company_people', record_id, nullif(trim(name), ''), nullif(trim(name_latin), ''),
           citizenship, birth_date, {PASSPORT_SQL.format(col="passport_number")},
           nullif(regexp_replace(coalesce(inn, ''), '\\D', '', 'g'), '')
    FROM company_people WHERE party_type = 'person'
)
SELECT row_number() OVER (ORDER BY record_table, record_id) AS n, *,
    CASE WHEN passport IS NULL THEN NULL
         WHEN count(DISTINCT citizenship) OVER (PARTITION BY passport) > 1
         THEN passport || '|' || coalesce(citizenship, '?')
         ELSE passport END AS passport_key
FROM raw
"""


def person_records(ws: Workspace) -> int:
    """Fill temp `_person_rec` (n, record_table, record_id, name, name_latin, citizenship,
    birth_date, passport, inn, passport_key); return the number of records."""
    ws.run("person records", PERSON_RECORDS_SQL)
    return int(ws.scalar("count person records", "SELECT count(*) FROM _person_rec"))


def group_by_identifiers(ws: Workspace) -> int:
    """Fill temp `_person_group` (n, grp): records sharing a passport or INN, transitively.

    Each round gives every record the smallest label among the records sharing its passport
    key, then its INN; rounds stop when no label changes. Returns the rounds taken.
    """
    ws.run(
        "person groups start",
        """CREATE OR REPLACE TEMP TABLE _person_group AS
        SELECT n, passport_key, inn, n AS grp FROM _person_rec""",
    )
    for rounds in range(1, MAX_ROUNDS + 1):
        ws.run(
            "person groups round",
            """CREATE OR REPLACE TEMP TABLE _person_next AS
            WITH by_passport AS (
                SELECT n, passport_key, inn,
                       min(grp) OVER (PARTITION BY coalesce(passport_key, '#' || n)) AS grp
                FROM _person_group)
            SELECT n, passport_key, inn,
                   min(grp) OVER (PARTITION BY coalesce(inn, '#' || n)) AS grp
            FROM by_passport""",
        )
        changed = ws.scalar(
            "person groups changed",
            "SELECT count(*) FROM _person_next x JOIN _person_group g USING (n) "
            "WHERE x.grp <> g.grp",
        )
        ws.run(
            "person groups swap", "CREATE OR REPLACE TEMP TABLE _person_group AS FROM _person_next"
        )
        if not changed:
            return rounds
    return MAX_ROUNDS


GROUP_SUMMARY_SQL = """
CREATE OR REPLACE TEMP TABLE _group_facts AS
SELECT g.grp, min(r.record_id) AS first_record,
       list(DISTINCT r.name) FILTER (r.name IS NOT NULL) AS names,
       list(DISTINCT r.name_latin) FILTER (r.name_latin IS NOT NULL) AS latin,
       list(DISTINCT r.citizenship) FILTER (r.citizenship IS NOT NULL) AS citizenships,
       list(DISTINCT r.birth_date) FILTER (r.birth_date IS NOT NULL) AS births,
       list(DISTINCT r.passport) FILTER (r.passport IS NOT NULL) AS passports,
       list(DISTINCT r.inn) FILTER (r.inn IS NOT NULL) AS inns
FROM _person_group g JOIN _person_rec r USING (n)
GROUP BY g.grp
"""

# Pairs of groups worth scoring: the same single birth date, citizenship equal (or unknown on
# one side), and not both holding a passport or both an INN (those would differ: groups that
# shared one are already one group). Blocking on these keys keeps this far from all pairs.
CANDIDATE_PAIRS_SQL = """
CREATE OR REPLACE TEMP TABLE _group_pairs AS
WITH g AS (
    SELECT grp, first_record, names, latin, births[1] AS birth, citizenships,
           CASE WHEN len(citizenships) = 1 THEN citizenships[1] END AS citizenship,
           coalesce(len(passports), 0) > 0 AS has_passport,
           coalesce(len(inns), 0) > 0 AS has_inn
    FROM _group_facts WHERE len(births) = 1 AND coalesce(len(citizenships), 0) <= 1
), pairs AS (
    SELECT a.grp AS a, b.grp AS b FROM g a JOIN g b
      ON a.birth = b.birth AND a.citizenship = b.citizenship AND a.grp < b.grp
    WHERE NOT (a.has_passport AND b.has_passport) AND NOT (a.has_inn AND b.has_inn)
    UNION ALL
    SELECT a.grp, b.grp FROM g a JOIN g b ON a.birth = b.birth AND a.grp <> b.grp
    WHERE a.citizenship IS NULL AND (b.citizenship IS NOT NULL OR a.grp < b.grp)
      AND NOT (a.has_passport AND b.has_passport) AND NOT (a.has_inn AND b.has_inn)
)
SELECT DISTINCT least(a, b) AS a, greatest(a, b) AS b FROM pairs
"""


def candidate_pairs(ws: Workspace) -> int:
    """Fill `_group_facts` and `_group_pairs`; return the number of pairs to score."""
    ws.run("person group facts", GROUP_SUMMARY_SQL)
    ws.run("person candidate pairs", CANDIDATE_PAIRS_SQL)
    return int(ws.scalar("count candidate pairs", "SELECT count(*) FROM _group_pairs"))
