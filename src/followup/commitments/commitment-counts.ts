import type { Commitment, CommitmentStatus, Postponement } from '../followup-model.ts';

/**
 * What happened to commitments in a period, for the half-yearly report and the digest. Counted
 * as of the period's end (or today, if earlier): a commitment met after the period still counts
 * as overdue at its end. "Met late" is met after the date in force then (a postponement announced
 * to the Kamer moves it). Overdue counts open commitments only; partly met ones are counted apart.
 */
export type Period = { readonly from: string; readonly to: string };

export type MetItem = {
  readonly commitment: Commitment;
  readonly due: string | null;
  readonly metOn: string;
  readonly late: boolean;
  /** Set for an occurrence of a recurring commitment. */
  readonly occurrence?: true;
};
export type PostponedItem = { readonly commitment: Commitment; readonly postponement: Postponement };

export type CommitmentCounts = {
  readonly new: number;
  readonly met: number;
  readonly metLate: number;
  readonly partlyMet: number;
  readonly overdue: number;
  readonly postponed: number;
  readonly withdrawn: number;
  readonly notMet: number;
  /** Open at the end without a date: no term ("zo spoedig mogelijk"), a later letter, or words not understood. */
  readonly openWithoutDate: number;
  /** Open at the end (overdue included). */
  readonly open: number;
};

export type PeriodActivity = {
  readonly period: Period;
  /** The day the state is taken: the period's end, or today if that is earlier. */
  readonly asOf: string;
  readonly counts: CommitmentCounts;
  readonly lists: {
    readonly new: readonly Commitment[];
    readonly met: readonly MetItem[];
    readonly partlyMet: readonly Commitment[];
    readonly overdue: readonly Commitment[];
    readonly postponed: readonly PostponedItem[];
    readonly withdrawn: readonly Commitment[];
    readonly notMet: readonly Commitment[];
    readonly openWithoutDate: readonly Commitment[];
  };
};

/** The half year (1 January–30 June or 1 July–31 December) a date falls in. */
export function halfYearOf(date: string): Period {
  const year = date.slice(0, 4);
  return date.slice(5, 7) <= '06'
    ? { from: `${year}-01-01`, to: `${year}-06-30` }
    : { from: `${year}-07-01`, to: `${year}-12-31` };
}

const settled: readonly CommitmentStatus[] = ['met', 'partly-met', 'withdrawn', 'not-met'];
const statusDay = (c: Commitment) => c.statusOn ?? c.changedAt.slice(0, 10);
const within = (date: string | undefined, p: Period) => date !== undefined && p.from <= date && date <= p.to;

/** The date in force on `date`, before later postponements and occurrences met later. */
export function dueAsOf(c: Commitment, date: string): string | null {
  const postponements = c.postponements ?? [];
  const inForce = postponements.filter((p) => p.on <= date).at(-1);
  if (inForce) return inForce.to;
  const later = postponements.find((p) => p.on > date);
  if (later) return later.from;
  const pending = (c.occurrences ?? []).find((o) => o.metOn > date);
  return pending ? pending.due : c.promised.due;
}

/** The stored status on `date`, or undefined before it was made; 'open' covers overdue. */
export function statusAsOf(c: Commitment, date: string): CommitmentStatus | undefined {
  if (c.madeOn && c.madeOn > date) return undefined;
  if (settled.includes(c.status) && statusDay(c) <= date) return c.status;
  return 'open';
}

export function periodActivity(commitments: readonly Commitment[], period: Period, today: string): PeriodActivity {
  const asOf = period.to < today ? period.to : today;
  const byDue = (a: Commitment, b: Commitment) =>
    (dueAsOf(a, asOf) ?? '9999').localeCompare(dueAsOf(b, asOf) ?? '9999');
  const settledIn = (status: CommitmentStatus) =>
    commitments.filter((c) => c.status === status && within(statusDay(c), period));

  const met: MetItem[] = [];
  for (const c of commitments) {
    for (const o of c.occurrences ?? [])
      if (within(o.metOn, period))
        met.push({ commitment: c, due: o.due, metOn: o.metOn, late: o.metOn > o.due, occurrence: true });
    if (c.status === 'met' && within(statusDay(c), period)) {
      const metOn = statusDay(c);
      const due = dueAsOf(c, metOn);
      met.push({ commitment: c, due, metOn, late: due !== null && metOn > due });
    }
  }
  met.sort((a, b) => a.metOn.localeCompare(b.metOn));
  const openAtEnd = commitments.filter((c) => statusAsOf(c, asOf) === 'open');
  const overdue = openAtEnd.filter((c) => {
    const due = dueAsOf(c, asOf);
    return due !== null && due < asOf;
  });
  const postponed = commitments
    .flatMap((commitment) => (commitment.postponements ?? []).map((postponement) => ({ commitment, postponement })))
    .filter((p) => within(p.postponement.on, period))
    .sort((a, b) => a.postponement.on.localeCompare(b.postponement.on));
  const lists = {
    new: commitments
      .filter((c) => within(c.madeOn, period))
      .sort((a, b) => (a.madeOn ?? '').localeCompare(b.madeOn ?? '')),
    met,
    partlyMet: settledIn('partly-met'),
    overdue: overdue.sort(byDue),
    postponed,
    withdrawn: settledIn('withdrawn'),
    notMet: settledIn('not-met'),
    openWithoutDate: openAtEnd.filter((c) => dueAsOf(c, asOf) === null),
  };
  return {
    period,
    asOf,
    counts: {
      new: lists.new.length,
      met: met.length,
      metLate: met.filter((m) => m.late).length,
      partlyMet: lists.partlyMet.length,
      overdue: lists.overdue.length,
      postponed: postponed.length,
      withdrawn: lists.withdrawn.length,
      notMet: lists.notMet.length,
      openWithoutDate: lists.openWithoutDate.length,
      open: openAtEnd.length,
    },
    lists,
  };
}
