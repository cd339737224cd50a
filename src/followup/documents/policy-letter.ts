import {
  conceptLine,
  isDraft,
  organisationName,
  returnAddress,
  senderEntries,
  senderOf,
  sideField,
} from './document-letterhead.ts';
import type { EditionRecord } from '../followup-data.ts';
import type { Commitment, Recommendation } from '../followup-model.ts';
import {
  commitmentSentence,
  isDerivedDate,
  letterCommitments,
  letterDate,
  letterKamerstuk,
  promisedWhen,
} from './letter-commitments.ts';
import { type DocumentBlock, type Letterhead, type OfficialDocument, paragraphs } from './official-document.ts';
import { publicVersion } from './public-version.ts';
import { countOf, dutchDate, dutchList, stanceSentences, statusLabels, withArticle } from '../stance-labels.ts';

/** The Kamer's address, as every letter to the Tweede Kamer carries it. */
export const tweedeKamerAddress = [
  'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
  'Postbus 20018',
  '2500 EA  Den Haag',
] as const;

type Group = { heading: string; intro: readonly string[]; recommendations: Recommendation[] };

/** The letter's sections in order: the edition's grouping, and a section of its own for each recommendation left out. */
function letterGroups(record: EditionRecord): Group[] {
  const byNumber = new Map(record.recommendations.map((r) => [r.number, r]));
  const placed = new Set<number>();
  const groups: Group[] = [];
  for (const s of record.edition.letter.sections ?? []) {
    const recs = s.recommendations.filter((n) => byNumber.has(n) && !placed.has(n)).map((n) => byNumber.get(n));
    for (const r of recs) if (r) placed.add(r.number);
    const recommendations = recs.filter((r): r is Recommendation => r !== undefined);
    if (recommendations.length || s.intro?.length)
      groups.push({ heading: s.heading, intro: s.intro ?? [], recommendations });
  }
  for (const r of record.recommendations)
    if (!placed.has(r.number)) groups.push({ heading: `Aanbeveling ${r.number}`, intro: [], recommendations: [r] });
  const first = (g: Group) => Math.min(...g.recommendations.map((r) => r.number), Number.MAX_SAFE_INTEGER);
  return groups.sort((a, b) => first(a) - first(b));
}

const sentences = (commitments: readonly Commitment[], record: EditionRecord): DocumentBlock[] =>
  commitments.map((c) => ({ kind: 'paragraph', ...commitmentSentence(c, record) }));

function recommendationBlocks(
  r: Recommendation,
  record: EditionRecord,
  version: 'internal' | 'public',
): DocumentBlock[] {
  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', text: `Aanbeveling ${r.number}: ${r.text}`, style: 'quote', keepWithNext: true },
    { kind: 'paragraph', text: `Deze aanbeveling is gericht aan ${dutchList(r.addressees.map(withArticle))}.` },
  ];
  const response = record.responses.find((x) => x.recommendationNumber === r.number);
  if (response) {
    const [first = '', ...rest] = paragraphs(response.text);
    blocks.push({ kind: 'paragraph', text: `${stanceSentences[response.stance]} ${first}`.trim() });
    for (const text of rest) blocks.push({ kind: 'paragraph', text });
  } else if (version === 'internal') {
    blocks.push({ kind: 'paragraph', text: 'De reactie op deze aanbeveling is nog niet opgesteld.', style: 'note' });
  }
  const commitments = letterCommitments(record).filter((c) => c.recommendationNumber === r.number);
  return [...blocks, ...sentences(commitments, record)];
}

/** For officers only: each commitment with the phrase as promised and the date the tool derived from it. */
function officersAnnex(record: EditionRecord): DocumentBlock[] {
  const commitments = letterCommitments(record);
  return [
    {
      kind: 'heading',
      text: 'Bijlage voor ambtenaren — niet meezenden: toezeggingen en afgeleide termijnen',
      level: 1,
      pageBreakBefore: true,
    },
    {
      kind: 'paragraph',
      text: `Deze brief noemt ${countOf(commitments.length, 'toezegging', 'toezeggingen')}. De afgeleide datum is de rekenhulp waarmee Zicht een toezegging bewaakt; de brief noemt alleen de termijn zoals toegezegd.`,
      style: 'note',
    },
    ...(commitments.length === 0
      ? []
      : [
          {
            kind: 'table',
            header: ['Aanbeveling', 'Toezegging', 'Termijn zoals toegezegd', 'Afgeleide datum', 'Stand'],
            rows: commitments.map((c) => [
              c.recommendationNumber ? String(c.recommendationNumber) : 'algemeen',
              `${c.who}: ${c.what}`,
              promisedWhen(c) ?? 'geen termijn',
              c.promised.due && isDerivedDate(c) ? `${dutchDate(c.promised.due)} (afgeleid)` : '—',
              statusLabels[c.status].nl,
            ]),
            widths: [15, 41, 16, 16, 12],
          } as const,
        ]),
  ];
}

/**
 * The policy response (beleidsreactie) as a Kamerbrief on Rijksoverheid letter paper: letterhead with
 * Datum, Betreft, Ons kenmerk and Bijlage(n); the opening; the general response; the recommendations
 * grouped under subheadings, each quoted as the Rapporteur wrote it and answered in several
 * paragraphs with the commitments in the cabinet's own words; the signatories. No civil servant is
 * named. The internal version of a draft says CONCEPT on every page and carries, for officers only,
 * the derived dates of the commitments; the public version applies the confirmed Woo redactions.
 */
export function policyLetter(record: EditionRecord, version: 'internal' | 'public'): OfficialDocument {
  const { edition } = record;
  const letter = edition.letter;
  const sender = senderOf(edition);
  const date = letterDate(record);
  const kamerstuk = letterKamerstuk(record);
  const concept = version === 'internal' && isDraft(record);
  const attachments = letter.attachments?.length ? String(letter.attachments.length) : undefined;
  const letterhead: Letterhead = {
    organisation: organisationName(sender),
    ...(concept ? { concept: conceptLine(record) } : {}),
    firstPage: [
      ...senderEntries(sender, true),
      ...sideField('Ons kenmerk', letter.reference),
      ...sideField('Uw kenmerk', letter.yourReference),
      ...sideField('Bijlage(n)', attachments),
    ],
    laterPages: [
      ...senderEntries(sender, false),
      ...sideField('Datum', date ? dutchDate(date) : undefined),
      ...sideField('Ons kenmerk', letter.reference),
    ],
    ...(kamerstuk ? { footer: kamerstuk } : {}),
  };
  const address = returnAddress(sender);
  const blocks: DocumentBlock[] = [
    ...(concept ? [{ kind: 'concept', text: 'CONCEPT' } as const] : []),
    { kind: 'address', ...(address ? { returnAddress: address } : {}), lines: tweedeKamerAddress },
    {
      kind: 'fields',
      rows: [
        ['Datum', date ? dutchDate(date) : ''],
        ['Betreft', `Beleidsreactie op de ${edition.title}`],
      ],
    },
    ...paragraphs(letter.opening).map((text): DocumentBlock => ({ kind: 'paragraph', text })),
    { kind: 'heading', text: 'Algemene reactie op de monitor', level: 1 },
    ...letter.generalResponse.flatMap(paragraphs).map((text): DocumentBlock => ({ kind: 'paragraph', text })),
    ...sentences(
      letterCommitments(record).filter((c) => c.recommendationNumber === undefined),
      record,
    ),
    { kind: 'heading', text: 'Reactie op de aanbevelingen', level: 1 },
  ];
  for (const group of letterGroups(record)) {
    blocks.push({ kind: 'heading', text: group.heading, level: 2 });
    for (const text of group.intro.flatMap(paragraphs)) blocks.push({ kind: 'paragraph', text });
    for (const r of group.recommendations) blocks.push(...recommendationBlocks(r, record, version));
  }
  blocks.push({ kind: 'heading', text: 'Tot slot', level: 1 });
  const closing = paragraphs(letter.closing);
  for (const [i, text] of closing.entries())
    blocks.push({ kind: 'paragraph', text, ...(i === closing.length - 1 ? { keepWithNext: true } : {}) });
  blocks.push({ kind: 'signatures', signatories: letter.signatories });
  if (version === 'internal') blocks.push(...officersAnnex(record));

  const doc: OfficialDocument = {
    kind: 'letter',
    title: `Beleidsreactie op de ${edition.title}`,
    version,
    letterhead,
    blocks,
  };
  return version === 'public' ? publicVersion(doc, record) : doc;
}
