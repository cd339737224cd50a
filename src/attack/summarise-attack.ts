/**
 * Plain-text lines for a person at a terminal or in a publishing log: the verdict first (how many
 * counts the attacker can place within the protection promise), then the cells, the relations it
 * believed and those it dropped, and what the solving cost.
 */
import type { AttackedCell, AttackReport } from './attack-publication.ts';
import type { DifferenceReport } from './attack-difference.ts';

const range = (low: number, high: number) =>
  low === high ? `= ${low}` : `in [${low}, ${high === Number.POSITIVE_INFINITY ? '∞' : high}]`;
const rowText = (row: Readonly<Record<string, string>>) =>
  Object.entries(row)
    .map(([label, value]) => `${label} ${value}`)
    .join(', ');
const cellLine = (c: AttackedCell) =>
  `  ${c.tableId} | ${rowText(c.row)} | ${c.column} | ${c.status}${c.published === null ? '' : ` ${c.published}`} | true count ${range(c.low, c.high)}${c.publishedElsewhere ? ' (also published in another table)' : ''}`;

export function summariseAttack(report: AttackReport, options: { readonly limit?: number } = {}): string[] {
  const limit = options.limit ?? 40;
  const { maxNoise, threshold, protection } = report.options;
  const withheld = report.cells.filter((c) => c.published === null).length;
  const breached = report.cells.filter((c) => c.breached);
  const pinned = breached.filter((c) => c.pinned);
  const elsewhere = breached.filter((c) => c.publishedElsewhere);
  const kinds = new Map<string, number>();
  for (const r of report.relations) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  const lines = [
    `Outside attack on ${report.tables.length} tables (maximum noise D = ${maxNoise}, threshold T = ${threshold}, protection ±${protection}).`,
    `${report.cells.length} counts attacked: ${withheld} withheld, ${report.cells.length - withheld} published with noise.`,
    `${breached.length} breached (placed within ±${protection}), ${pinned.length} of them exactly; ${elsewhere.length} of the breached are published in another table anyway.`,
    `${report.relations.length} relations believed (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}); ${report.dropped.length} dropped as contradictory.`,
    `LP: ${report.lp.components} groups, ${report.lp.variables} unknowns, ${report.lp.constraints} constraints, ${report.lp.solves + report.lp.feasibilitySolves} solves; ${ms(report.timings.relationsMs)} finding relations, ${ms(report.timings.solveMs)} solving.`,
  ];
  if (breached.length > 0) lines.push('Breached counts:', ...breached.slice(0, limit).map(cellLine));
  if (breached.length > limit) lines.push(`  … and ${breached.length - limit} more`);
  const shown = report.relations.filter((r) => r.kind !== 'inequality' && r.kind !== 'status');
  if (shown.length > 0)
    lines.push('Relations (sums, equalities, shares, identities, period links):', ...shown.map((r) => `  ${r.text}`));
  if (report.dropped.length > 0) lines.push('Dropped relations:', ...report.dropped.map((text) => `  ${text}`));
  return lines;
}

export function summariseDifference(report: DifferenceReport, options: { readonly limit?: number } = {}): string[] {
  const limit = options.limit ?? 40;
  const lines = [
    `Differencing: ${report.compared} counts in both publications, ${report.changed} certainly changed, ${report.revealed.length} revealed as a small number of changed records.`,
  ];
  for (const d of report.revealed.slice(0, limit))
    lines.push(
      `  ${d.tableId} | ${rowText(d.row)} | ${d.column} | before ${range(d.before.low, d.before.high)}, after ${range(d.after.low, d.after.high)} | change ${range(d.low, d.high)}`,
    );
  if (report.revealed.length > limit) lines.push(`  … and ${report.revealed.length - limit} more`);
  return lines;
}

const ms = (value: number) => (value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(1)} s`);
