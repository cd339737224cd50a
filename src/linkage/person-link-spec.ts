import { diceSql, type LinkField, type LinkSpec } from './link-spec.ts';

/**
 * The comparison of chain persons. With Bloom-filter encodings delivered: BSN token, name and date
 * Dice bands, sex and region. Without them (contract v1.0 deliveries): the exact name + date token
 * and birth year-month instead. `context` compares the registrations as one field, since region and
 * incident are not independent given a match (two sources recording the same incident agree on
 * both): the records' registrations share an incident start date in the same region (5) or in
 * another or an unknown one (4: a date alone is shared by many incidents across the country), or
 * else the person's most frequent region agrees (3, 2) or not (1, 0), incident dates differing (2, 0)
 * or unknown on one side (3, 1). Sharing an incident is what separates two children of a common name
 * when neither BSN nor birth date is on both records (help services often record neither); brothers
 * and sisters abused together share it too, which the first name then has to tell apart.
 */
const contextLevelSql = `CASE WHEN l.incidents IS NOT NULL AND r.incidents IS NOT NULL AND list_has_any(l.incidents, r.incidents)
    THEN CASE WHEN l.region = r.region AND l.region <> 'UNK' THEN 5 ELSE 4 END
  WHEN l.region IS NULL OR r.region IS NULL OR l.region = 'UNK' OR r.region = 'UNK' THEN -1
  ELSE (l.region = r.region)::INTEGER * 2 + (l.incidents IS NULL OR r.incidents IS NULL)::INTEGER END`;

/**
 * The birth date as one field (its levels are not independent: a swapped date also disagrees on the
 * month). From the date filter's similarity and the birth year-month every delivery carries in the
 * clear: identical (6); the same year with the month elsewhere but most date features shared, a day
 * and month swapped (5); a year apart with the same month and most features shared, a year keyed
 * wrongly (4); the same year and month, another day (3); one of them 1 January of about the same
 * year, a date estimated when the child's real one is unknown, as for many asylum children (2); the
 * same year (1); else 0. The similarity bounds (0.83, 0.86) separate a swap or a year's slip from an
 * unrelated date of the same year in the encoding itself (see docs/linkage.md), not in any data.
 */
export const dateSimilarity = { swapped: 0.83, yearOff: 0.86 } as const;

const dobLevelSql = `CASE WHEN l.bloom_dob IS NULL OR r.bloom_dob IS NULL THEN -1
  WHEN l.bloom_dob = r.bloom_dob THEN 6
  WHEN l.birth_year = r.birth_year AND l.birth_month <> r.birth_month AND ${diceSql('l.bloom_dob', 'r.bloom_dob')} >= ${dateSimilarity.swapped} THEN 5
  WHEN abs(l.birth_year - r.birth_year) = 1 AND l.birth_month = r.birth_month AND ${diceSql('l.bloom_dob', 'r.bloom_dob')} >= ${dateSimilarity.yearOff} THEN 4
  WHEN l.birth_year = r.birth_year AND l.birth_month = r.birth_month THEN 3
  WHEN abs(l.birth_year - r.birth_year) <= 1 AND (l.birth_month = 1 OR r.birth_month = 1) THEN 2
  WHEN l.birth_year = r.birth_year THEN 1 ELSE 0 END`;

/**
 * Name halves at least this similar count as a variant of one name in the name-only blocking rules:
 * a typo, a call name of a known group or a transliteration keeps a half above it, an unrelated
 * name of the same length mostly below (see docs/linkage.md).
 */
const similarName = 0.8;

/**
 * Whether a record its own source kept apart from one of the two resembles the other more: a source
 * that registered two children in one incident (the same start date in the same region) knew them
 * as two. When a record of that incident's other child has a first name closer to the other record's
 * than this one has, the pair is most likely the other child's (twins, or brothers and sisters abused
 * together: same surname, often the same birth date); when no such record exists, a first name that
 * differs is more likely a call name or a second spelling. 0: such a rival record exists; 1: the
 * source kept records apart and none is closer; −1: neither record shares an incident with another
 * of its source, or a first name is missing.
 */
const keptApartLevelSql = `CASE WHEN l.name_first IS NULL OR r.name_first IS NULL OR (l.apart_first IS NULL AND r.apart_first IS NULL) THEN -1
  WHEN coalesce(list_bool_or(list_transform(l.apart_first, x -> ${diceSql('x', 'r.name_first')} >= ${similarName} AND ${diceSql('x', 'r.name_first')} > ${diceSql('l.name_first', 'r.name_first')})), false)
    OR coalesce(list_bool_or(list_transform(r.apart_first, x -> ${diceSql('x', 'l.name_first')} >= ${similarName} AND ${diceSql('x', 'l.name_first')} > ${diceSql('l.name_first', 'r.name_first')})), false)
  THEN 0 ELSE 1 END`;

/**
 * The comparison of chain persons, by what was delivered: `halves` when the name filters carry the
 * first name and the surname apart (layout 2, `encodePersonName`), `whole` for the older single name
 * filter, `tokens` without Bloom filters (contract v1.0: the exact name + date token and birth
 * year-month instead).
 */
export type PersonLinkEncoding = 'halves' | 'whole' | 'tokens';

export function personLinkSpec(encoding: PersonLinkEncoding | boolean): LinkSpec {
  const kind: PersonLinkEncoding = encoding === true ? 'whole' : encoding === false ? 'tokens' : encoding;
  const common: LinkField[] = [
    { name: 'bsn', column: 'bsn', kind: 'exact' },
    { name: 'sex', column: 'sex', kind: 'exact' },
    // an incident shared with any record of a child is the evidence; other incidents are not against it
    {
      name: 'context',
      column: 'region',
      kind: 'levels',
      levels: { count: 6, sql: contextLevelSql },
      acrossCluster: 'max',
    },
  ];
  if (kind === 'tokens') {
    return {
      recordTable: 'lk_person',
      identifier: 'bsn',
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
  if (kind === 'whole') {
    return {
      recordTable: 'lk_person',
      label: 'bsn',
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
  return {
    recordTable: 'lk_person',
    label: 'bsn',
    labelGroups: ['first_name', 'surname'],
    fields: [
      ...common,
      { name: 'first_name', column: 'name_first', kind: 'dice', termFrequency: true },
      { name: 'surname', column: 'name_surname', kind: 'dice', termFrequency: true },
      // term-frequency adjusted: an identical 1 January (the date asylum children are often given)
      // is shared by far more children than any other date
      { name: 'dob', column: 'bloom_dob', kind: 'levels', levels: { count: 7, sql: dobLevelSql }, termFrequency: true },
      { name: 'kept_apart', column: 'apart_first', kind: 'levels', levels: { count: 2, sql: keptApartLevelSql } },
    ],
    blocking: [
      { name: 'bsn', predicate: 'l.bsn = r.bsn', implies: ['bsn'] },
      { name: 'name_dob', predicate: 'l.name_dob = r.name_dob', implies: ['surname', 'dob'] },
      { name: 'dob', predicate: 'l.bloom_dob = r.bloom_dob', implies: ['dob'] },
      // a swapped day and month, or a date estimated as 1 January, keeps the year; a year keyed
      // wrongly keeps the month
      {
        name: 'name+birth_year',
        predicate: 'l.bloom_name = r.bloom_name AND l.birth_year = r.birth_year',
        implies: ['first_name', 'surname'],
      },
      {
        name: 'name+birth_month',
        predicate: 'l.bloom_name = r.bloom_name AND l.birth_month = r.birth_month',
        implies: ['first_name', 'surname'],
      },
      // a name alone where one record has no birth date, so a missing date cannot hide a match: one
      // half identical, the other similar
      {
        name: 'surname+similar first name, a date missing',
        either: 'l.bloom_dob IS NULL',
        predicate: `l.name_surname = r.name_surname AND ${diceSql('l.name_first', 'r.name_first')} >= ${similarName}`,
        implies: ['surname'],
      },
      {
        name: 'first name+similar surname, a date missing',
        either: 'l.bloom_dob IS NULL',
        predicate: `l.name_first = r.name_first AND ${diceSql('l.name_surname', 'r.name_surname')} >= ${similarName}`,
        implies: ['first_name'],
      },
      // registrations of one incident by several partners (same start date, same region) whatever
      // the names and dates say: help services often record a first name only, with no birth date or
      // BSN, and asylum children's names and dates differ between partners
      {
        name: 'incident',
        predicate: 'true',
        keys: `SELECT rid, part, hash(region, unnest(incidents)) AS key FROM lk_person WHERE region IS NOT NULL AND region <> 'UNK' AND incidents IS NOT NULL`,
        implies: [],
      },
      // the same incident date with the same first name, whatever region each partner recorded (a
      // help service may record its own region, the police the incident's): a first-name-only
      // contact then still meets the child's other records
      {
        name: 'incident date+first name',
        predicate: 'true',
        keys: `SELECT rid, part, hash(name_first, unnest(incidents)) AS key FROM lk_person WHERE name_first IS NOT NULL AND incidents IS NOT NULL`,
        implies: ['first_name'],
      },
      {
        name: 'name+region',
        predicate: 'l.bloom_name = r.bloom_name AND l.region = r.region',
        implies: ['first_name', 'surname'],
      },
    ],
  };
}

/**
 * One half of a layout-2 name filter (bytes from `from`, 64 of them) as BIT; NULL when the half is
 * empty (nothing to encode) or when the filter is of the older layout (a half without exactly 256
 * ones), so the linkage can fall back to the whole filter.
 */
export function nameHalf(base64: string, from: number): string {
  const half = `(from_base64(${base64})[${from}:${from + 63}])::BIT`;
  return `CASE WHEN bit_count(${half}) = 256 THEN ${half} END`;
}

/**
 * The record table of the person linkage: one row per stored person, rid in (source, person_id)
 * order, with `apart_first`: the first-name halves of the other records of its source and role that
 * share one of its incidents (start date and region), which the source kept apart from it.
 */
export const personRecordsSql = `CREATE OR REPLACE TEMP TABLE lk_person AS
  WITH seen AS (
    SELECT source, victim_person_id AS person_id, region, incident_date_from AS incident FROM registration_current WHERE victim_person_id IS NOT NULL
    UNION ALL SELECT source, suspect_person_id, region, incident_date_from FROM registration_current WHERE suspect_person_id IS NOT NULL),
  region AS (
    SELECT source, person_id, mode(region) AS region, nullif(list_sort(list_distinct(list(incident))), []) AS incidents
    FROM seen GROUP BY source, person_id),
  base AS (
  SELECT (row_number() OVER (ORDER BY p.source, p.person_id) - 1)::INTEGER AS rid, p.role AS part, p.source, p.person_id,
    p.link_bsn AS bsn, p.link_name_dob AS name_dob, from_base64(p.link_bloom_name)::BIT AS bloom_name,
    ${nameHalf('p.link_bloom_name', 1)} AS name_first, ${nameHalf('p.link_bloom_name', 65)} AS name_surname,
    from_base64(p.link_bloom_dob)::BIT AS bloom_dob, NULLIF(p.sex, 'U') AS sex, p.birth_year_month AS bym,
    TRY_CAST(left(p.birth_year_month, 4) AS INTEGER) AS birth_year, TRY_CAST(right(p.birth_year_month, 2) AS INTEGER) AS birth_month,
    g.region, g.incidents
  FROM person_current p LEFT JOIN region g ON g.source = p.source AND g.person_id = p.person_id),
  incident AS (
    SELECT rid, part, source, region, unnest(incidents) AS incident FROM base
    WHERE region IS NOT NULL AND region <> 'UNK' AND incidents IS NOT NULL),
  kept_apart AS (
    SELECT a.rid, list(DISTINCT o.name_first) FILTER (WHERE o.name_first IS NOT NULL) AS apart_first
    FROM incident a JOIN incident b ON a.source = b.source AND a.part = b.part AND a.region = b.region
      AND a.incident = b.incident AND a.rid <> b.rid
    JOIN base o ON o.rid = b.rid GROUP BY a.rid)
  SELECT base.*, nullif(k.apart_first, []) AS apart_first FROM base LEFT JOIN kept_apart k USING (rid)
  ORDER BY rid`;
