import type { LinkField, LinkSpec } from './link-spec.ts';

/**
 * The comparison of chain persons. With Bloom-filter encodings delivered: BSN token, name and date
 * Dice bands, sex and region. Without them (contract v1.0 deliveries): the exact name + date token
 * and birth year-month instead. `context` compares the registrations as one field, since region and
 * incident are not independent given a match (two sources recording the same incident agree on
 * both): the records' registrations share an incident start date (4), or else the person's most
 * frequent region agrees (3, 2) or not (1, 0), incident dates differing (2, 0) or unknown on one side
 * (3, 1). Sharing an incident is what separates two children of a common name when neither BSN nor
 * birth date is on both records (help services often record neither).
 */
const contextLevelSql = `CASE WHEN l.incidents IS NOT NULL AND r.incidents IS NOT NULL AND list_has_any(l.incidents, r.incidents) THEN 4
  WHEN l.region IS NULL OR r.region IS NULL OR l.region = 'UNK' OR r.region = 'UNK' THEN -1
  ELSE (l.region = r.region)::INTEGER * 2 + (l.incidents IS NULL OR r.incidents IS NULL)::INTEGER END`;

export function personLinkSpec(withBloom: boolean): LinkSpec {
  const common: LinkField[] = [
    { name: 'bsn', column: 'bsn', kind: 'exact' },
    { name: 'sex', column: 'sex', kind: 'exact' },
    { name: 'context', column: 'region', kind: 'levels', levels: { count: 5, sql: contextLevelSql } },
  ];
  if (!withBloom) {
    return {
      recordTable: 'lk_person',
      fields: [
        ...common,
        { name: 'name_dob', column: 'name_dob', kind: 'exact' },
        { name: 'birth_year_month', column: 'bym', kind: 'exact' },
      ],
      blocking: [
        { name: 'bsn', predicate: 'l.bsn = r.bsn', implies: ['bsn'] },
        { name: 'name_dob', predicate: 'l.name_dob = r.name_dob', implies: ['name_dob', 'birth_year_month'] },
      ],
    };
  }
  return {
    recordTable: 'lk_person',
    fields: [
      ...common,
      { name: 'name', column: 'bloom_name', kind: 'dice', termFrequency: true },
      { name: 'dob', column: 'bloom_dob', kind: 'dice' },
    ],
    blocking: [
      { name: 'bsn', predicate: 'l.bsn = r.bsn', implies: ['bsn'] },
      { name: 'name_dob', predicate: 'l.name_dob = r.name_dob', implies: ['name', 'dob'] },
      { name: 'dob', predicate: 'l.bloom_dob = r.bloom_dob', implies: ['dob'] },
      {
        name: 'name+birth_year',
        predicate: 'l.bloom_name = r.bloom_name AND l.birth_year = r.birth_year',
        implies: ['name'],
      },
      { name: 'name+region', predicate: 'l.bloom_name = r.bloom_name AND l.region = r.region', implies: ['name'] },
    ],
  };
}

/** The record table of the person linkage: one row per stored person, rid in (source, person_id) order. */
export const personRecordsSql = `CREATE OR REPLACE TEMP TABLE lk_person AS
  WITH seen AS (
    SELECT source, victim_person_id AS person_id, region, incident_date_from AS incident FROM registration_current WHERE victim_person_id IS NOT NULL
    UNION ALL SELECT source, suspect_person_id, region, incident_date_from FROM registration_current WHERE suspect_person_id IS NOT NULL),
  region AS (
    SELECT source, person_id, mode(region) AS region, nullif(list_sort(list_distinct(list(incident))), []) AS incidents
    FROM seen GROUP BY source, person_id)
  SELECT (row_number() OVER (ORDER BY p.source, p.person_id) - 1)::INTEGER AS rid, p.role AS part, p.source, p.person_id,
    p.link_bsn AS bsn, p.link_name_dob AS name_dob, from_base64(p.link_bloom_name)::BIT AS bloom_name,
    from_base64(p.link_bloom_dob)::BIT AS bloom_dob, NULLIF(p.sex, 'U') AS sex, p.birth_year_month AS bym,
    left(p.birth_year_month, 4) AS birth_year, g.region, g.incidents
  FROM person_current p LEFT JOIN region g ON g.source = p.source AND g.person_id = p.person_id
  ORDER BY rid`;
