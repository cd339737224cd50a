import { sources } from '../../src/contract/index.ts';
import { pseudonymisePerson } from '../../src/deliveries/index.ts';
import { type LinkageMethod, type LinkageSummary, linkPersons } from '../../src/linkage/index.ts';
import type { Store } from '../../src/store/index.ts';
import { personPhenomena, type SyntheticChain } from '../../src/synthetic/index.ts';
import { evaluateLinkBreakdown, type LinkBreakdown } from './evaluate-link-breakdown.ts';
import { type LinkEvaluation, evaluateLinks } from './evaluate-links.ts';

const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const isoDate = (v: unknown): string | null => {
  const t = text(v);
  return t && /^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(Date.parse(t)) && new Date(t).toISOString().startsWith(t)
    ? t
    : null;
};

/**
 * Stores a synthetic chain's persons as partners would deliver them (tokens and, with `bloom`,
 * Bloom-filter encodings) plus each registration's region and incident start date, links them, and scores the clusters of
 * each role against the ground truth.
 */
export async function evaluateChainLinkage(
  store: Store,
  chain: SyntheticChain,
  secret: string,
  bloom: boolean,
  method: LinkageMethod = 'fellegi-sunter',
): Promise<{
  summary: LinkageSummary;
  victim: LinkEvaluation;
  suspect: LinkEvaluation;
  /** victims' pair recall and false pairs per hard case of linkage (truth.personPhenomena) */
  victimBreakdown: LinkBreakdown;
}> {
  const persons = new Map<string, (string | null)[]>();
  const registrations = new Map<string, (string | boolean | null)[]>();
  for (const source of sources.codes) {
    for (const row of chain.extracts[source].person) {
      const personId = text(row.person_id);
      if (!personId || !['M', 'F', 'U'].includes(String(row.sex)) || !['victim', 'suspect'].includes(String(row.role)))
        continue;
      const ids = {
        bsn: text(row.bsn),
        first_names: text(row.first_names),
        surname_prefix: text(row.surname_prefix),
        surname: text(row.surname),
        date_of_birth: text(row.date_of_birth),
      };
      const tokens = pseudonymisePerson(ids, secret);
      const bym = text(row.birth_year_month);
      persons.set(`${source}/${personId}`, [
        'eval',
        source,
        personId,
        String(row.role),
        String(row.sex),
        bym && /^\d{4}-\d{2}$/.test(bym) ? bym : null,
        tokens.link_bsn,
        tokens.link_name_dob,
        bloom ? tokens.link_bloom_name : null,
        bloom ? tokens.link_bloom_dob : null,
      ]);
    }
    for (const row of chain.extracts[source].registration) {
      const id = text(row.registration_id);
      if (!id) continue;
      const incident = isoDate(row.incident_date_from);
      registrations.set(`${source}/${id}`, [
        'eval',
        source,
        id,
        '2020-01-01',
        incident,
        null,
        'x',
        'x',
        false,
        text(row.region) ?? 'x',
        text(row.victim_person_id),
        text(row.suspect_person_id),
        'x',
      ]);
    }
  }
  // the rows stand in one current delivery per record type, as ingest would leave them
  for (const recordType of ['person', 'registration']) {
    await store.run(
      "INSERT INTO delivery VALUES (?, 'eval', ?, 'eval', 'eval', 'csv', ?, '1.0.0', now(), 0, 0, 0, 'active', NULL, now())",
      [`eval-${recordType}`, recordType, `eval-${recordType}`],
    );
  }
  await store.append(
    'person',
    [...persons.values()].map((p) => ['eval-person', ...p.slice(1)]),
  );
  await store.append(
    'registration',
    [...registrations.values()].map((r) => ['eval-registration', ...r.slice(1)]),
  );
  const summary = await linkPersons(store, { method });
  const links = await store.all<{ key: string; cluster_id: string }>(
    "SELECT source || '/' || person_id AS key, cluster_id FROM person_link",
  );
  const clusterOf = new Map(links.map((l) => [l.key, l.cluster_id]));
  const score = (role: string) => {
    const truths = chain.truth.personLinks.filter(
      (l) => l.role === role && clusterOf.has(`${l.source}/${l.person_id}`),
    );
    return evaluateLinks(
      truths.map((l) => clusterOf.get(`${l.source}/${l.person_id}`) as string),
      truths.map((l) => l.true_person_id),
    );
  };
  const phenomenaOf = new Map(chain.truth.personPhenomena.map((p) => [`${p.source}/${p.person_id}`, p.phenomena]));
  const relativeOf = new Map(
    chain.truth.victims.flatMap((v) => {
      const relative = v.twin_of ?? v.sibling_of;
      return relative ? [[v.true_person_id, relative] as const] : [];
    }),
  );
  const victims = chain.truth.personLinks.filter(
    (l) => l.role === 'victim' && clusterOf.has(`${l.source}/${l.person_id}`),
  );
  const victimBreakdown = evaluateLinkBreakdown({
    predicted: victims.map((l) => clusterOf.get(`${l.source}/${l.person_id}`) as string),
    truth: victims.map((l) => l.true_person_id),
    phenomena: victims.map((l) => phenomenaOf.get(`${l.source}/${l.person_id}`) ?? []),
    relativeOf,
    order: personPhenomena,
  });
  return { summary, victim: score('victim'), suspect: score('suspect'), victimBreakdown };
}
