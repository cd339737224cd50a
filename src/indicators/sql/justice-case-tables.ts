/**
 * A Public Prosecution Service case joined to the police and court registrations of the same case:
 * the same linked suspect, the same first incident date and the same offence code, and the same
 * linked victim where both registrations name one (brothers and sisters abused together by one
 * suspect on one day share the rest, and one child's complaint must not date the other's case).
 * The partners share no case number, so this join is where linkage matters. `justice_step` holds each justice
 * registration's first incident date and the first date of each step; `justice_case` one row per OM registration.
 */
export const justiceCaseTables: readonly {
  readonly name: string;
  readonly kind: 'table' | 'view';
  readonly sql: string;
}[] = [
  {
    name: 'justice_registration',
    kind: 'view',
    sql: `
      SELECT r.source, r.registration_id, r.registration_date, r.incident_date_from, r.offence_code, r.suspect_cluster AS suspect,
        r.victim_cluster AS victim
      FROM indicator_registration r
      WHERE r.suspect_cluster IS NOT NULL AND r.source IN ('police', 'om', 'courts') AND r.incident_date_from IS NOT NULL`,
  },
  {
    name: 'justice_step',
    kind: 'table',
    sql: `
      SELECT e.source, e.registration_id, any_value(e.incident_date_from) AS incident_date_from,
        min(e.event_date) FILTER (WHERE e.step = 'report') AS report,
        min(e.event_date) FILTER (WHERE e.step = 'complaint') AS complaint,
        min(e.event_date) FILTER (WHERE e.step = 'suspect_registered') AS suspect_registered,
        min(e.event_date) FILTER (WHERE e.step = 'om_inflow') AS om_inflow,
        min(e.event_date) FILTER (WHERE e.step = 'om_decision') AS om_decided,
        min(e.event_date) FILTER (WHERE e.step = 'court_ruling') AS ruled,
        min(e.event_date) FILTER (WHERE e.step = 'court_ruling' AND e.court_ruling = 'conviction') AS convicted,
        min(e.event_date) FILTER (WHERE e.step = 'sentence') AS sentenced
      FROM indicator_event e
      WHERE e.source IN ('police', 'om', 'courts')
      GROUP BY e.source, e.registration_id`,
  },
  {
    name: 'justice_case',
    kind: 'table',
    sql: `
      SELECT o.registration_id AS om_registration_id,
        min(ps.report) AS report, min(ps.complaint) AS complaint, min(ps.suspect_registered) AS suspect_registered,
        min(os.om_inflow) AS om_inflow, min(os.om_decided) AS om_decided,
        min(c.registration_date) AS court_registered, min(cs.ruled) AS ruled
      FROM justice_registration o
      LEFT JOIN justice_step os ON os.source = 'om' AND os.registration_id = o.registration_id
      LEFT JOIN justice_registration p
        ON p.source = 'police' AND p.suspect = o.suspect AND p.incident_date_from = o.incident_date_from AND p.offence_code = o.offence_code
          AND (p.victim = o.victim OR p.victim IS NULL OR o.victim IS NULL)
      LEFT JOIN justice_step ps ON ps.source = 'police' AND ps.registration_id = p.registration_id
      LEFT JOIN justice_registration c
        ON c.source = 'courts' AND c.suspect = o.suspect AND c.incident_date_from = o.incident_date_from AND c.offence_code = o.offence_code
          AND (c.victim = o.victim OR c.victim IS NULL OR o.victim IS NULL)
      LEFT JOIN justice_step cs ON cs.source = 'courts' AND cs.registration_id = c.registration_id
      WHERE o.source = 'om'
      GROUP BY o.registration_id`,
  },
];
