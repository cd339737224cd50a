import { justiceCaseTables } from './sql/justice-case-tables.ts';

/**
 * Named steps run once before the indicators: the current deliveries joined to the linkage and
 * the persons' sex and birth month, as temporary tables the indicator SQL reads. Each indicator
 * would otherwise repeat the same joins over every registration.
 */
export const indicatorBaseTables: readonly { readonly name: string; readonly kind: 'table' | 'view'; readonly sql: string }[] = [
  {
    name: 'indicator_person',
    kind: 'table',
    sql: `
      SELECT p.source, p.person_id, p.role, p.sex, p.birth_year_month, l.cluster_id
      FROM person_current p
      LEFT JOIN person_link l ON l.source = p.source AND l.person_id = p.person_id`,
  },
  {
    // A linked person's sex: the most often registered known sex, 'U' only when no source knows it.
    name: 'indicator_cluster',
    kind: 'table',
    sql: `
      SELECT cluster_id, coalesce(arg_max(sex, n) FILTER (WHERE sex <> 'U'), 'U') AS sex
      FROM (SELECT cluster_id, sex, count(*) AS n FROM indicator_person WHERE cluster_id IS NOT NULL GROUP BY cluster_id, sex)
      GROUP BY cluster_id`,
  },
  {
    name: 'indicator_registration',
    kind: 'table',
    sql: `
      SELECT r.* EXCLUDE (delivery_id), CAST(year(r.registration_date) AS INTEGER) AS year,
        v.cluster_id AS victim_cluster, v.birth_year_month AS victim_birth, v.sex AS victim_sex,
        s.cluster_id AS suspect_cluster, s.birth_year_month AS suspect_birth, s.sex AS suspect_sex
      FROM registration_current r
      LEFT JOIN indicator_person v ON v.source = r.source AND v.person_id = r.victim_person_id
      LEFT JOIN indicator_person s ON s.source = r.source AND s.person_id = r.suspect_person_id`,
  },
  { name: 'indicator_event', kind: 'view', sql: 'SELECT * EXCLUDE (delivery_id) FROM case_event_current' },
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
        LEFT JOIN indicator_event e ON e.source = r.source AND e.registration_id = r.registration_id
        WHERE r.source IN ('om', 'courts')
        GROUP BY r.source, r.registration_id)
      WHERE opened IS NOT NULL`,
  },
];
