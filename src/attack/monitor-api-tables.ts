/**
 * The live monitor's JSON (`/api/monitor`) as three more published tables, labelled like the CSV
 * downloads (Year, Source by its English name), so that the attacker links them to the site's
 * tables by the same tests as any other table. Only what the API shows is used.
 */
import type { PublishedRow, PublishedTable, RowStatus } from './published-table.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

const statusOf = (withheld: unknown, value: unknown): [RowStatus, string] => {
  if (typeof value === 'number') return ['published', 'Published'];
  if (withheld === 'threshold') return ['threshold', 'Withheld: count below the threshold'];
  return ['withheld', `Withheld: ${typeof withheld === 'string' ? withheld : 'unknown reason'}`];
};

function row(labels: readonly string[], values: readonly unknown[], withheld: unknown): PublishedRow {
  const [status, statusText] = statusOf(withheld, values[0]);
  const numbers = values.map((value) => (typeof value === 'number' ? value : null));
  return {
    fields: [...labels, ...numbers.map((n) => (n === null ? '' : String(n)))],
    numbers: [...labels.map((label) => (/^\d+$/.test(label) ? Number(label) : null)), ...numbers],
    status,
    statusText,
  };
}

/** The API's tables; an API answer of another shape gives the tables it can still read. */
export function monitorApiTables(json: unknown): PublishedTable[] {
  if (!isObject(json)) return [];
  const sourceName = new Map(
    list(json.sources).map((s) => [String(s.code), isObject(s.label) ? String(s.label.en) : String(s.code)]),
  );
  const tables: PublishedTable[] = [];
  const bySource = list(json.victimsPerYearBySource);
  if (bySource.length > 0)
    tables.push({
      id: 'api-victims-per-year-by-source',
      columns: [
        { label: 'Year', kind: 'dimension' },
        { label: 'Source', kind: 'dimension' },
        { label: 'Victims', kind: 'count' },
      ],
      rows: bySource.map((r) =>
        row([String(r.year), sourceName.get(String(r.source)) ?? String(r.source)], [r.victims], r.withheld),
      ),
    });
  const perYear = list(json.victimsPerYear);
  if (perYear.length > 0)
    tables.push({
      id: 'api-victims-per-year',
      columns: [
        { label: 'Year', kind: 'dimension' },
        { label: 'Registered children', kind: 'count' },
      ],
      rows: perYear.map((r) => row([String(r.year)], [r.registered], r.withheld)),
    });
  const estimate = isObject(json.estimate) ? json.estimate : null;
  const period = estimate && isObject(estimate.period) ? estimate.period : null;
  if (estimate && period)
    tables.push({
      id: 'api-estimate',
      columns: [
        { label: 'From year', kind: 'dimension' },
        { label: 'To year', kind: 'dimension' },
        { label: 'Registered', kind: 'count' },
      ],
      rows: [row([String(period.from), String(period.to)], [estimate.observed], undefined)],
    });
  return tables;
}
