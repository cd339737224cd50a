import { conceptLine, isDraft, organisationName, senderEntries, senderOf, sideField } from './document-letterhead.ts';
import type { EditionRecord } from '../followup-data.ts';
import { isDerivedDate, letterCommitments, promisedWhen } from './letter-commitments.ts';
import {
  type DocumentBlock,
  type Footnoted,
  type Letterhead,
  type OfficialDocument,
  paragraphs,
  type SideEntry,
} from './official-document.ts';
import { afstemmingBlocks, decisionBox } from './parafen-route.ts';
import { redactForPublic } from './public-version.ts';
import { countOf, dutchDate } from '../stance-labels.ts';

/** What section 5 says when the officer wrote nothing of their own. */
export const standardNietOpenbaar =
  'De persoonsgegevens van ambtenaren in deze nota worden niet openbaar gemaakt, ter bescherming van hun persoonlijke levenssfeer.';

const notApplicable = 'Niet van toepassing.';

const texts = (list: readonly string[] | undefined): DocumentBlock[] => {
  const all = (list ?? []).flatMap(paragraphs);
  return (all.length ? all : [notApplicable]).map((text) => ({ kind: 'paragraph', text }));
};
const bullets = (list: readonly string[] | undefined): DocumentBlock[] =>
  list?.length ? [{ kind: 'bullets', items: list.map((text) => ({ text })) }] : texts([]);

/** The commitments the letter makes or speaks of; the derived date for officers only, marked as derived. */
function toezeggingen(record: EditionRecord, version: 'internal' | 'public'): DocumentBlock[] {
  const commitments = letterCommitments(record);
  if (commitments.length === 0) return [{ kind: 'paragraph', text: 'De beleidsreactie noemt geen toezeggingen.' }];
  const items = commitments.map((c): Footnoted => {
    const when = promisedWhen(c) ?? 'zonder termijn';
    const derived =
      version === 'internal' && c.promised.due && isDerivedDate(c)
        ? `; afgeleide datum ${dutchDate(c.promised.due)} (rekenhulp, staat niet in de brief)`
        : '';
    return { text: `${c.who}: ${c.what} — ${when}${derived}.` };
  });
  return [
    {
      kind: 'paragraph',
      text: `De beleidsreactie noemt ${countOf(commitments.length, 'toezegging', 'toezeggingen')}:`,
    },
    { kind: 'bullets', items },
  ];
}

/**
 * The nota asking the minister to approve the response, with the header of seed 002 (addressees,
 * directorate-general, directorate, address, "nota", title, Datum, Onze referentie, Bijlage(n)) and
 * every standard section: 1 Aanleiding, 2 Geadviseerd besluit, 3 Kernpunten, 4 Toelichting (with
 * Bevindingen, 4.1 Afstemming and its parafenroute, Krachtenveld, Communicatie, Financiële and
 * Juridische gevolgen), 5 Informatie die niet openbaar gemaakt kan worden, and the decision box. A
 * section without text says "Niet van toepassing." The internal version names the contacts and who
 * signed; the public version neither, and applies the confirmed Woo redactions.
 */
export function decisionMemo(record: EditionRecord, version: 'internal' | 'public'): OfficialDocument {
  const { edition } = record;
  const nota = edition.nota;
  const sender = senderOf(edition);
  const concept = version === 'internal' && isDraft(record);
  const own: SideEntry[] = sender ? senderEntries(sender, false) : [{ lines: [nota.sender], strong: true }];
  const contacts: SideEntry[] =
    version === 'internal'
      ? nota.contacts.map((c) => ({
          label: 'Contactpersoon',
          lines: [c.name, c.role, c.phone, c.email].filter((x): x is string => Boolean(x)),
        }))
      : [];
  const letterhead: Letterhead = {
    organisation: organisationName(sender),
    ...(concept ? { concept: conceptLine(record) } : {}),
    firstPage: [
      ...(sender ? senderEntries(sender, true) : own),
      ...sideField('Datum', dutchDate(nota.date)),
      ...sideField('Onze referentie', nota.reference),
      ...sideField('Bijlage(n)', nota.bijlagen?.length ? String(nota.bijlagen.length) : undefined),
      ...contacts,
    ],
    laterPages: [...own, ...sideField('Datum', dutchDate(nota.date)), ...sideField('Onze referentie', nota.reference)],
  };
  const title = `Beleidsreactie ${edition.title}`;
  const blocks: DocumentBlock[] = [
    ...(concept ? [{ kind: 'concept', text: 'CONCEPT' } as const] : []),
    { kind: 'address', lines: nota.addressedTo },
    { kind: 'title', label: 'nota', text: title },
    { kind: 'heading', text: '1. Aanleiding', level: 1 },
    ...texts(nota.aanleiding),
    { kind: 'heading', text: '2. Geadviseerd besluit', level: 1 },
    ...(nota.geadviseerdBesluit.length
      ? [{ kind: 'paragraph', text: 'U wordt geadviseerd om:' } as const, ...bullets(nota.geadviseerdBesluit)]
      : texts([])),
    { kind: 'heading', text: '3. Kernpunten', level: 1 },
    ...bullets(nota.kernpunten),
    { kind: 'heading', text: '4. Toelichting', level: 1 },
    ...(nota.toelichting.length ? texts(nota.toelichting) : []),
    { kind: 'heading', text: 'Bevindingen', level: 3 },
    ...bullets(nota.bevindingen),
    { kind: 'heading', text: 'Toezeggingen', level: 3 },
    ...toezeggingen(record, version),
    { kind: 'heading', text: '4.1. Afstemming', level: 2 },
    ...afstemmingBlocks(record, version),
    { kind: 'heading', text: '4.2. Krachtenveld', level: 2 },
    ...texts(nota.krachtenveld),
    { kind: 'heading', text: '4.3. Communicatie', level: 2 },
    ...texts(nota.communicatie),
    { kind: 'heading', text: '4.4. Financiële gevolgen', level: 2 },
    ...texts(nota.financieleGevolgen),
    { kind: 'heading', text: '4.5. Juridische gevolgen', level: 2 },
    ...texts(nota.juridischeGevolgen),
    { kind: 'heading', text: '5. Informatie die niet openbaar gemaakt kan worden', level: 1 },
    ...texts(nota.nietOpenbaar?.length ? nota.nietOpenbaar : [standardNietOpenbaar]),
  ];
  if (nota.bijlagen?.length) {
    blocks.push({ kind: 'heading', text: 'Bijlagen', level: 2 });
    blocks.push({ kind: 'bullets', numbered: true, items: nota.bijlagen.map((text) => ({ text })) });
  }
  blocks.push(decisionBox(record));

  const doc: OfficialDocument = { kind: 'nota', title: `Nota: ${title}`, version, letterhead, blocks };
  if (version === 'internal') return doc;
  const { doc: redacted, statement } = redactForPublic(doc, record);
  if (!statement) return redacted;
  // The grounds belong in section 5, right after its own text.
  const at = redacted.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('5.'));
  const end = redacted.blocks.findIndex((b, i) => i > at && b.kind !== 'paragraph');
  const insertAt = end < 0 ? redacted.blocks.length : end;
  const statementBlock: DocumentBlock = { kind: 'paragraph', text: statement };
  return {
    ...redacted,
    blocks: [...redacted.blocks.slice(0, insertAt), statementBlock, ...redacted.blocks.slice(insertAt)],
  };
}
