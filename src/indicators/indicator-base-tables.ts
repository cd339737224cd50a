import { ageAtSql } from './sql/age-at-sql.ts';
import { justiceCaseTables } from './sql/justice-case-tables.ts';

function personYearSql(cluster: 'victim_cluster' | 'suspect_cluster'): string {
  return `
      SELECT r.year, r.source, r.${cluster} AS cluster_id, any_value(c.sex) AS sex,
        min(${ageAtSql('c.birth_year_month', 'r.incident_date_from')}) AS age
      FROM indicator_registration r
      JOIN indicator_cluster c ON c.cluster_id = r.${cluster}
      GROUP BY r.year, r.source, r.${cluster}`;
}

/**
 * Named steps run once before the indicators: the current deliveries joined to the linkage and
 * the persons' sex and birth month, as temporary tables the indicator SQL reads. Each indicator
 * would otherwise repeat the same joins over every registration.
 */
export const indicatorBaseTables: readonly {
  readonly name: string;
  readonly kind: 'table' | 'view';
  readonly sql: string;
}[] = [
  {
    name: 'indicator_person',
    kind: 'table',
    sql: `
      SELECT p.source, p.person_id, p.sex, p.birth_year_month, l.cluster_id
      FROM person_current p
      LEFT JOIN person_link l ON l.source = p.source AND l.person_id = p.person_id`,
  },
  {
    // A linked person's sex: the most often registered known sex, 'U' only when no source knows it; and birth month:
    // the most often registered one (on a tie the earliest; for sex on a tie the first code, so that a rebuild gives the same), NULL only when no source knows it. Where a person's
    // records agree (nearly always) the one pass over them gives both; only the few that disagree are counted out.
    name: 'indicator_cluster',
    kind: 'table',
    sql: `
      WITH agreed AS (
        SELECT cluster_id,
          min(sex) FILTER (WHERE sex <> 'U') AS sex_low, max(sex) FILTER (WHERE sex <> 'U') AS sex_high,
          min(birth_year_month) AS birth_low, max(birth_year_month) AS birth_high
        FROM indicator_person WHERE cluster_id IS NOT NULL
        GROUP BY cluster_id),
      disputed AS (
        SELECT cluster_id, coalesce(arg_min(sex, (-n, sex)) FILTER (WHERE sex <> 'U'), 'U') AS sex,
          arg_min(birth_year_month, (-n, birth_year_month)) FILTER (WHERE birth_year_month IS NOT NULL) AS birth_year_month
        FROM (
          SELECT cluster_id, sex, birth_year_month, count(*) AS n FROM indicator_person
          WHERE cluster_id IN (SELECT cluster_id FROM agreed WHERE sex_low <> sex_high OR birth_low <> birth_high)
          GROUP BY GROUPING SETS ((cluster_id, sex), (cluster_id, birth_year_month)))
        GROUP BY cluster_id)
      SELECT a.cluster_id,
        CASE WHEN d.cluster_id IS NULL THEN coalesce(a.sex_low, 'U') ELSE d.sex END AS sex,
        CASE WHEN d.cluster_id IS NULL THEN a.birth_low ELSE d.birth_year_month END AS birth_year_month
      FROM agreed a
      LEFT JOIN disputed d ON d.cluster_id = a.cluster_id`,
  },
  {
    name: 'indicator_registration',
    kind: 'table',
    sql: `
      SELECT r.* EXCLUDE (delivery_id, suspect_person_id), CAST(year(r.registration_date) AS INTEGER) AS year,
        v.cluster_id AS victim_cluster, v.birth_year_month AS victim_birth, v.sex AS victim_sex,
        s.cluster_id AS suspect_cluster
      FROM registration_current r
      LEFT JOIN indicator_person v ON v.source = r.source AND v.person_id = r.victim_person_id
      LEFT JOIN indicator_person s ON s.source = r.source AND s.person_id = r.suspect_person_id`,
  },
  // Each linked child (suspect) once per year and source that registered it, with the linked person's sex and
  // youngest age at an incident of that year, so one source's gap does not make 'unknown': what the indicators
  // counting children and suspects read instead of every registration.
  { name: 'victim_year', kind: 'table', sql: personYearSql('victim_cluster') },
  { name: 'suspect_year', kind: 'table', sql: personYearSql('suspect_cluster') },
  {
    // Each event of a stored registration with what the indicators read of that registration, joined once here
    // rather than in every indicator about steps, decisions, rulings, sentences and help contacts. The event_id
    // (unique per source, refused when stored for another period) makes an event a unit of its own for cell keys:
    // (source, registration_id, event_id).
    name: 'indicator_event',
    kind: 'table',
    sql: `
      SELECT e.* EXCLUDE (delivery_id, person_id), r.registration_date, r.incident_date_from, r.victim_cluster
      FROM case_event_current e
      JOIN indicator_registration r ON r.source = e.source AND r.registration_id = e.registration_id`,
  },
  ...justiceCaseTables,
  {
    // The werkvoorraad (work stock): an OM case opens at its inflow and closes at the OM decision; a court case opens
    // at its registration and closes at the first-instance ruling. Without an opening date a case is left out; a
    // closing date before the opening counts as the opening, so stock(t) = stock(t−1) + inflow − outflow holds exactly.
    name: 'stock_case',
    kind: 'table',
    sql: `
      SELECT source, registration_id, opened, CASE WHEN closed < opened THEN opened ELSE closed END AS closed
      FROM (
        SELECT r.source, r.registration_id,
          CASE WHEN r.source = 'om' THEN min(e.event_date) FILTER (WHERE e.step = 'om_inflow') ELSE min(r.registration_date) END AS opened,
          CASE WHEN r.source = 'om' THEN min(e.event_date) FILTER (WHERE e.step = 'om_decision')
               ELSE min(e.event_date) FILTER (WHERE e.step = 'court_ruling') END AS closed
        FROM indicator_registration r
        LEFT JOIN indicator_event e ON e.source = r.source AND e.registration_id = r.registration_id AND e.source IN ('om', 'courts')
        WHERE r.source IN ('om', 'courts')
        GROUP BY r.source, r.registration_id)
      WHERE opened IS NOT NULL`,
  },
];
