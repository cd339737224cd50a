import { effectiveStatus } from './commitment-changes.ts';
import { type CommitmentCounts, halfYearOf, type Period, periodActivity } from './commitment-counts.ts';
import type { Commitment } from '../followup-model.ts';
import { addMonths } from './resolve-promised-moment.ts';

export type DigestItem = {
  readonly id: string;
  readonly editionId: string;
  readonly what: string;
  readonly who: string;
  readonly due: string;
  readonly phrase?: string;
  /** Days past due (positive) or until due (negative). */
  readonly daysLate: number;
};

export type MinistryDigest = {
  readonly ministry: string;
  readonly overdue: readonly DigestItem[];
  readonly dueSoon: readonly DigestItem[];
  /** What happened in the digest's period (see `periodActivity`). */
  readonly counts: CommitmentCounts;
};
export type CommitmentDigest = {
  readonly today: string;
  readonly horizon: string;
  /** The half year reported on (default: the one `today` falls in). */
  readonly period: Period;
  /** All ministries together. */
  readonly counts: CommitmentCounts;
  /** Ministries with something overdue or due before the horizon. */
  readonly ministries: readonly MinistryDigest[];
  /** Every ministry with commitments, with its counts for the period. */
  readonly countsByMinistry: readonly { readonly ministry: string; readonly counts: CommitmentCounts }[];
};

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Commitments overdue, and due within `horizonMonths`, per responsible ministry, with the period's counts. */
export function commitmentDigest(
  commitments: readonly Commitment[],
  today: string,
  horizonMonths = 3,
  period: Period = halfYearOf(today),
): CommitmentDigest {
  const horizon = addMonths(today, horizonMonths);
  const byMinistry = new Map<string, { overdue: DigestItem[]; dueSoon: DigestItem[] }>();
  for (const c of commitments) {
    const due = c.promised.due;
    if (due === null) continue;
    const status = effectiveStatus(c, today);
    const late = status === 'overdue';
    const soon = status === 'open' && due <= horizon;
    if (!late && !soon) continue;
    const item: DigestItem = {
      id: c.id,
      editionId: c.editionId,
      what: c.what,
      who: c.who,
      due,
      ...(c.promised.phrase ? { phrase: c.promised.phrase } : {}),
      daysLate: days(due, today),
    };
    const group = byMinistry.get(c.ministry) ?? { overdue: [], dueSoon: [] };
    (late ? group.overdue : group.dueSoon).push(item);
    byMinistry.set(c.ministry, group);
  }
  const countsOf = (ministry: string) =>
    periodActivity(
      commitments.filter((c) => c.ministry === ministry),
      period,
      today,
    ).counts;
  const ministries = [...byMinistry.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([ministry, g]) => ({
      ministry,
      overdue: g.overdue.sort((a, b) => a.due.localeCompare(b.due)),
      dueSoon: g.dueSoon.sort((a, b) => a.due.localeCompare(b.due)),
      counts: countsOf(ministry),
    }));
  const countsByMinistry = [...new Set(commitments.map((c) => c.ministry))]
    .sort((a, b) => a.localeCompare(b))
    .map((ministry) => ({ ministry, counts: countsOf(ministry) }));
  return {
    today,
    horizon,
    period,
    counts: periodActivity(commitments, period, today).counts,
    ministries,
    countsByMinistry,
  };
}

/** The counts as one line: "3 new, 2 met (1 late), 1 overdue, …". */
export function countsLine(c: CommitmentCounts): string {
  return [
    `${c.new} new`,
    `${c.met} met (${c.metLate} late)`,
    `${c.partlyMet} partly met`,
    `${c.overdue} overdue`,
    `${c.postponed} postponed`,
    `${c.withdrawn} withdrawn`,
    `${c.notMet} not met`,
    `${c.openWithoutDate} open without a date`,
  ].join(', ');
}

/** The digest as plain text, one block per ministry: what an e-mail to the ministry would say. */
export function renderDigestText(digest: CommitmentDigest, ministry?: string): string {
  const blocks = digest.ministries.filter((m) => !ministry || m.ministry === ministry);
  if (blocks.length === 0) {
    const counts = ministry ? digest.countsByMinistry.find((m) => m.ministry === ministry)?.counts : digest.counts;
    return [
      `No commitments overdue or due before ${digest.horizon}${ministry ? ` for ${ministry}` : ''}.`,
      ...(counts ? [`Period ${digest.period.from} to ${digest.period.to}: ${countsLine(counts)}.`] : []),
    ].join('\n');
  }
  const line = (i: DigestItem, late: boolean) =>
    `  - [${i.id}] ${i.what} — ${i.who}; due ${i.due}${i.phrase ? ` ("${i.phrase}")` : ''}${late ? `, ${i.daysLate} days overdue` : `, in ${-i.daysLate} days`}`;
  return blocks
    .map((m) =>
      [
        `${m.ministry} — commitments on ${digest.today}`,
        `Period ${digest.period.from} to ${digest.period.to}: ${countsLine(m.counts)}.`,
        `Overdue (${m.overdue.length}):`,
        ...m.overdue.map((i) => line(i, true)),
        `Due before ${digest.horizon} (${m.dueSoon.length}):`,
        ...m.dueSoon.map((i) => line(i, false)),
      ].join('\n'),
    )
    .join('\n\n');
}
