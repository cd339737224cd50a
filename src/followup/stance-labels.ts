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
  'not-met': { nl: 'niet nagekomen', en: 'not met' },
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

/** How a letter states the cabinet's stance, as the first sentence of its response. */
export const stanceSentences: Readonly<Record<Stance, string>> = {
  embraced: 'Het kabinet neemt deze aanbeveling over.',
  'already-met': 'Aan deze aanbeveling wordt al voldaan.',
  partly: 'Het kabinet neemt deze aanbeveling deels over.',
  'not-adopted': 'Het kabinet neemt deze aanbeveling niet over.',
};

/** "1 toezegging", "2 toezeggingen", "geen toezeggingen". */
export function countOf(n: number, singular: string, plural: string): string {
  if (n === 0) return `geen ${plural}`;
  return `${n} ${n === 1 ? singular : plural}`;
}

/** ["a", "b", "c"] → "a, b en c". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** "Minister voor Rechtsbescherming" → "de Minister voor Rechtsbescherming"; an article given stays. */
export const withArticle = (who: string): string =>
  /^(de|het)\s/i.test(who) ? who.replace(/^(de|het)/i, (a) => a.toLowerCase()) : `de ${who}`;
