import type { CommitmentStatus, Stance } from './followup-model.ts';

/** Dutch and English labels, shared by the documents, the API and the web pages. */
export const stanceLabels: Readonly<Record<Stance, { nl: string; en: string }>> = {
  embraced: { nl: 'omarmd', en: 'embraced' },
  'already-met': { nl: 'wordt al aan voldaan', en: 'already met' },
  partly: { nl: 'deels overgenomen', en: 'partly adopted' },
  'not-adopted': { nl: 'niet overgenomen', en: 'not adopted' },
};

export const statusLabels: Readonly<Record<CommitmentStatus, { nl: string; en: string }>> = {
  open: { nl: 'open', en: 'open' },
  met: { nl: 'nagekomen', en: 'met' },
  'partly-met': { nl: 'deels nagekomen', en: 'partly met' },
  overdue: { nl: 'te laat', en: 'overdue' },
  withdrawn: { nl: 'ingetrokken', en: 'withdrawn' },
};

const months = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** 2024-09-30 → "30 september 2024". */
export function dutchDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${months[m - 1]} ${y}`;
}
