import { commitmentHolders, type Post, type PostHolder } from './bewindspersonen.ts';
import { type CommitmentCounts, type Period, type PeriodActivity, periodActivity } from './commitment-counts.ts';
import { FollowupError } from '../followup-error.ts';
import { type Commitment, departments } from '../followup-model.ts';
import type { DocumentBlock, OfficialDocument } from '../documents/official-document.ts';
import { isDerivedDate } from './resolve-promised-moment.ts';
import { dutchDate } from '../stance-labels.ts';

/**
 * The half-yearly report on one ministry's commitments to the Tweede Kamer, as a document: the
 * period, what was new, met (and met late), overdue, postponed, withdrawn, not met and open without
 * a date, each listed with who made it then (the "toenmalige" bewindspersoon) and who answers for
 * it now. The Eerste Kamer asks ministries for such lists around 1 January and 1 July.
 */
export type ReportOptions = {
  /** A department code ("JenV") or the ministry's name ("Justitie en Veiligheid"). */
  readonly ministry: string;
  readonly from: string;
  readonly to: string;
  readonly today: string;
};

export type MinistryReport = PeriodActivity & { readonly ministry: string };

/** The ministry's name for a code or a name; refused with the ministries there are when unknown. */
export function reportMinistry(commitments: readonly Commitment[], ministry: string): string {
  const name = (departments as Readonly<Record<string, string>>)[ministry] ?? ministry;
  const known = [...new Set(commitments.map((c) => c.ministry))].sort();
  if (!known.includes(name))
    throw new FollowupError(
      `No commitments of "${ministry}"; ministries with commitments: ${known.join(', ') || 'none'}.`,
      'not-found',
    );
  return name;
}

/** The report's data: the ministry's commitments in the period, counted and listed. */
export function ministryReport(commitments: readonly Commitment[], options: ReportOptions): MinistryReport {
  if (options.to < options.from)
    throw new FollowupError(`The period ends (${options.to}) before it starts (${options.from}).`, 'invalid-input');
  const ministry = reportMinistry(commitments, options.ministry);
  const period: Period = { from: options.from, to: options.to };
  return {
    ministry,
    ...periodActivity(
      commitments.filter((c) => c.ministry === ministry),
      period,
      options.today,
    ),
  };
}

const person = (h: PostHolder) => [h.initials, h.tussenvoegsel, h.achternaam].filter(Boolean).join(' ');
const lowerTitle = (title: string) => title.charAt(0).toLowerCase() + title.slice(1);
const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const dayCount = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagen'}`;

/** "toegezegd op 28 juni 2024 door de toenmalige minister … (D. Proefmans); nu: de staatssecretaris … (M.A. Modelmaker)". */
function madeBy(c: Commitment, posts: readonly Post[], today: string): string {
  const h = commitmentHolders(c, posts, today);
  const changed = h.madeBy && h.now && h.madeBy.name !== h.now.name;
  const then = `${changed ? 'de toenmalige ' : 'de '}${lowerTitle(h.titleThen)}${h.madeBy ? ` (${person(h.madeBy)})` : ''}`;
  const on = c.madeOn ? `toegezegd op ${dutchDate(c.madeOn)} door ${then}` : `toegezegd door ${then}`;
  if (h.post && !h.now) return `${on}; de post is nu niet bezet`;
  return changed && h.now && h.titleNow ? `${on}; nu: de ${lowerTitle(h.titleNow)} (${person(h.now)})` : on;
}

/** "termijn “na de zomer” (afgeleid: 30 september 2024)". */
export function termText(c: Commitment): string {
  const { phrase, due, undated } = c.promised;
  if (due === null) {
    const why = undated === 'not-understood' ? 'geen datum afgeleid' : 'geen datum';
    return phrase ? `termijn “${phrase}” (${why})` : 'zonder termijn';
  }
  if (!phrase) return `termijn ${dutchDate(due)}`;
  return isDerivedDate(c.promised)
    ? `termijn “${phrase}” (afgeleid: ${dutchDate(due)})`
    : `termijn “${phrase}” (${dutchDate(due)})`;
}

const item = (c: Commitment, posts: readonly Post[], today: string, extra?: string) => ({
  text: `${c.what} [${c.kamerNummer ?? c.id}] — ${madeBy(c, posts, today)}; ${termText(c)}${extra ? `; ${extra}` : ''}.`,
  footnotes: c.references.map((r) => r.citation),
});

const countRows = (c: CommitmentCounts): string[][] =>
  [
    ['Nieuwe toezeggingen', c.new],
    ['Nagekomen', c.met],
    ['waarvan na de termijn', c.metLate],
    ['Deels nagekomen', c.partlyMet],
    ['Termijn verstreken (openstaand)', c.overdue],
    ['Uitgesteld', c.postponed],
    ['Vervallen (ingetrokken)', c.withdrawn],
    ['Niet nagekomen', c.notMet],
    ['Openstaand zonder datum', c.openWithoutDate],
    ['Openstaand aan het eind van de periode', c.open],
  ].map(([label, n]) => [String(label), String(n)]);

export function commitmentReport(
  commitments: readonly Commitment[],
  posts: readonly Post[],
  options: ReportOptions,
): OfficialDocument {
  const report = ministryReport(commitments, options);
  const { lists, counts, asOf } = report;
  const { today } = options;
  const period = `${dutchDate(options.from)} t/m ${dutchDate(options.to)}`;
  const section = (heading: string, items: readonly { text: string; footnotes: string[] }[]): DocumentBlock[] => [
    { kind: 'heading', text: heading, level: 2 },
    items.length ? { kind: 'bullets', items } : { kind: 'paragraph', text: 'Geen.' },
  ];
  const blocks: DocumentBlock[] = [
    { kind: 'title', label: 'rapportage', text: `Toezeggingen aan de Tweede Kamer, ${period}` },
    {
      kind: 'fields',
      rows: [
        ['Ministerie', report.ministry],
        ['Periode', period],
        ['Stand per', dutchDate(asOf)],
      ],
    },
    {
      kind: 'paragraph',
      text: `Deze rapportage geeft de stand van de toezeggingen van de bewindspersonen van het ministerie van ${report.ministry} aan de Tweede Kamer over de periode ${period}. Bij elke toezegging staat wie haar deed en, als de post sindsdien van bewindspersoon wisselde, wie er nu voor verantwoordelijk is.`,
    },
    { kind: 'heading', text: 'Overzicht', level: 1 },
    { kind: 'table', header: ['', 'Aantal'], rows: countRows(counts), widths: [5, 1] },
    { kind: 'heading', text: 'Toezeggingen', level: 1 },
    ...section(
      'Nieuw in de periode',
      lists.new.map((c) => item(c, posts, today)),
    ),
    ...section(
      'Nagekomen',
      lists.met.map((m) =>
        item(
          m.commitment,
          posts,
          today,
          `${m.occurrence ? `keer met termijn ${m.due ? dutchDate(m.due) : '—'} ` : ''}nagekomen op ${dutchDate(m.metOn)}${
            m.late && m.due ? `, ${dayCount(days(m.due, m.metOn))} na de termijn` : ''
          }${m.commitment.evidence && !m.occurrence ? ` (${m.commitment.evidence})` : ''}`,
        ),
      ),
    ),
    ...section(
      'Deels nagekomen',
      lists.partlyMet.map((c) => item(c, posts, today, c.evidence ? `deels: ${c.evidence}` : undefined)),
    ),
    ...section(
      'Termijn verstreken',
      lists.overdue.map((c) =>
        item(c, posts, today, c.promised.due ? `${dayCount(days(c.promised.due, asOf))} over de termijn` : undefined),
      ),
    ),
    ...section(
      'Uitgesteld',
      lists.postponed.map(({ commitment, postponement: p }) =>
        item(
          commitment,
          posts,
          today,
          `op ${dutchDate(p.on)} uitgesteld van ${p.from ? dutchDate(p.from) : 'geen datum'} naar ${p.to ? dutchDate(p.to) : 'geen datum'}: ${p.reason}${p.announcedIn ? ` (gemeld in ${p.announcedIn})` : ''}`,
        ),
      ),
    ),
    ...section(
      'Vervallen',
      lists.withdrawn.map((c) => item(c, posts, today, c.statusReason ? `vervallen: ${c.statusReason}` : undefined)),
    ),
    ...section(
      'Niet nagekomen',
      lists.notMet.map((c) => item(c, posts, today, c.statusReason ? `reden: ${c.statusReason}` : undefined)),
    ),
    ...section(
      'Openstaand zonder datum',
      lists.openWithoutDate.map((c) => item(c, posts, today)),
    ),
    {
      kind: 'paragraph',
      style: 'note',
      text: 'Een datum met “afgeleid” is de lezing van Zicht van de woorden die de bewindspersoon gebruikte (zoals “voor het zomerreces”); de Kamer kent alleen die woorden. Nagekomen na de termijn: na de datum die toen gold; een uitstel dat aan de Kamer is gemeld, verschuift die datum.',
    },
  ];
  const organisation = `Ministerie van ${report.ministry}`;
  return {
    kind: 'nota',
    title: `Halfjaarlijkse rapportage toezeggingen ${report.ministry}, ${period}`,
    version: 'internal',
    letterhead: {
      organisation,
      firstPage: [
        { label: 'Datum', lines: [dutchDate(today)] },
        { label: 'Periode', lines: [period] },
      ],
      laterPages: [{ label: 'Datum', lines: [dutchDate(today)] }],
      footer: `Rapportage toezeggingen ${report.ministry}`,
    },
    blocks,
  };
}
