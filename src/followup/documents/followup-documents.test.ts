import { describe, expect, it } from 'vitest';
import { readDocxText } from '../../../test/support/read-docx-text.ts';
import { buildDemoData } from '../build-demo-data.ts';
import { decisionMemo } from './decision-memo.ts';
import type { EditionRecord } from '../followup-data.ts';
import { editionRecord } from '../followup-data.ts';
import type { Commitment } from '../followup-model.ts';
import { type DocumentBlock, documentText, type OfficialDocument } from './official-document.ts';
import { policyLetter } from './policy-letter.ts';
import { renderDocx } from './render-docx.ts';
import { countOf } from '../stance-labels.ts';

const data = buildDemoData();
const record = (id: string): EditionRecord => {
  const r = editionRecord(data, id);
  if (!r) throw new Error(`demo lacks ${id}`);
  return r;
};
const r2018 = record('2018-2022');
const r2020 = record('2020-2024');
const text = (doc: OfficialDocument) => documentText(doc);
const blocksOf = <K extends DocumentBlock['kind']>(doc: OfficialDocument, kind: K) =>
  doc.blocks.filter((b): b is Extract<DocumentBlock, { kind: K }> => b.kind === kind);
const headings = (doc: OfficialDocument) => blocksOf(doc, 'heading').map((h) => h.text);
const footnotesOf = (doc: OfficialDocument) =>
  doc.blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? (b.footnotes ?? [])
      : b.kind === 'bullets'
        ? b.items.flatMap((i) => i.footnotes ?? [])
        : [],
  );
const side = (doc: OfficialDocument, which: 'firstPage' | 'laterPages', label: string) =>
  doc.letterhead[which].find((e) => e.label === label)?.lines.join(' ');

const commitment = (over: Partial<Commitment>): Commitment => ({
  id: 'x',
  editionId: '2018-2022',
  what: 'De Kamer informeren over de stand van zaken',
  who: 'Minister van Justitie en Veiligheid',
  ministry: 'Justitie en Veiligheid',
  promised: { phrase: 'voor de zomer', due: '2026-06-30', derived: true },
  status: 'open',
  references: [],
  madeOn: '2024-06-25',
  changedAt: '2024-06-25T12:00:00Z',
  ...over,
});

describe('the Kamerbrief', () => {
  const letter = policyLetter(r2018, 'internal');

  it('has the letterhead of Rijksoverheid letter paper: sender, addressee, Datum, Betreft, Ons kenmerk, Bijlage(n)', () => {
    expect(letter.letterhead.organisation).toBe('Ministerie van Justitie en Veiligheid');
    const firstPage = letter.letterhead.firstPage.flatMap((e) => e.lines);
    expect(firstPage).toEqual(
      expect.arrayContaining(['Directoraat-Generaal Straffen en Beschermen', 'Turfmarkt 147', 'Postbus 20301']),
    );
    expect(side(letter, 'firstPage', 'Ons kenmerk')).toBe('5523817');
    expect(side(letter, 'firstPage', 'Bijlage(n)')).toBe('1');
    expect(side(letter, 'firstPage', 'Uw kenmerk')).toBeUndefined();
    // later pages repeat Datum and Ons kenmerk, as the seeds' running header does
    expect(side(letter, 'laterPages', 'Datum')).toBe('25 juni 2024');
    expect(side(letter, 'laterPages', 'Ons kenmerk')).toBe('5523817');
    const [address] = blocksOf(letter, 'address');
    expect(address?.lines).toEqual([
      'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      'Postbus 20018',
      '2500 EA  Den Haag',
    ]);
    expect(address?.returnAddress).toBe('> Retouradres Postbus 20301 2500 EH  Den Haag');
    expect(blocksOf(letter, 'fields')[0]?.rows).toEqual([
      ['Datum', '25 juni 2024'],
      ['Betreft', 'Beleidsreactie op de Monitor seksueel geweld tegen kinderen 2018–2022'],
    ]);
    const answering = policyLetter(
      { ...r2018, edition: { ...r2018.edition, letter: { ...r2018.edition.letter, yourReference: '2024Z01234' } } },
      'internal',
    );
    expect(side(answering, 'firstPage', 'Uw kenmerk')).toBe('2024Z01234');
  });

  it('opens in the seeds’ form and names no civil servant', () => {
    expect(blocksOf(letter, 'paragraph')[0]?.text).toMatch(
      /^Met deze brief informeren wij uw Kamer, mede namens de Minister van Justitie en Veiligheid/,
    );
    for (const id of ['2018-2022', '2020-2024']) {
      const r = record(id);
      for (const version of ['internal', 'public'] as const) {
        const t = text(policyLetter(r, version));
        for (const c of r.edition.nota.contacts) {
          expect(t).not.toContain(c.name);
          if (c.email) expect(t).not.toContain(c.email);
        }
        expect(t).not.toContain('Contactpersoon');
      }
    }
  });

  it('prints no placeholder: no [naam], no stance "nog niet bepaald", and the Kamerstuk number only once known', () => {
    const draft = policyLetter(r2020, 'internal');
    const t = text(draft);
    expect(t).not.toMatch(/\[naam\]|nog niet bepaald|\[datum\]|nr\. \?/i);
    // a signatory without a name: its title only
    expect(blocksOf(draft, 'signatures')[0]?.signatories).toEqual([
      { title: 'De Minister van Justitie en Veiligheid' },
      { title: 'De Minister van Langdurige Zorg, Jeugd en Sport' },
      { title: 'De Staatssecretaris van Onderwijs en Emancipatie' },
    ]);
    expect(draft.letterhead.footer).toBeUndefined();
    expect(side(draft, 'laterPages', 'Datum')).toBeUndefined();
    expect(letter.letterhead.footer).toBe('Kamerstukken II 2023/24, 31 015, nr. 275');
  });

  it('groups the recommendations under subheadings; one left out of every group gets a section of its own', () => {
    expect(headings(letter)).toEqual([
      'Algemene reactie op de monitor',
      'Reactie op de aanbevelingen',
      'Relationele en seksuele vorming (aanbeveling 1 en 2)',
      'Invoering van de Wet seksuele misdrijven (aanbeveling 3)',
      'Samenwerking in de keten en rond slachtoffers (aanbeveling 4 en 5)',
      'Aanbeveling 6',
      'Tot slot',
      'Bijlage voor ambtenaren — niet meezenden: toezeggingen en afgeleide termijnen',
    ]);
    const t = text(letter);
    const order = [1, 2, 3, 4, 5, 6].map((n) => t.indexOf(`Aanbeveling ${n}: `));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('quotes each recommendation as written, says in correct Dutch to whom it is addressed, and answers in several paragraphs', () => {
    const t = text(letter);
    expect(t).toContain(
      'Aanbeveling 4: Onderzoek alternatieve afdoeningen op verschillende momenten in de keten en versterk de multidisciplinaire samenwerking, met lessen uit eerdere projecten.',
    );
    expect(t).toContain(
      'Deze aanbeveling is gericht aan de Minister van Justitie en Veiligheid en de Minister voor Rechtsbescherming.',
    );
    expect(t).not.toMatch(/richt zich tot|Standpunt:/);
    const paragraphs = blocksOf(letter, 'paragraph').map((p) => p.text);
    const at = paragraphs.findIndex((p) => p.startsWith('Aanbeveling 3:'));
    expect(paragraphs[at + 2]).toMatch(/^Aan deze aanbeveling wordt al voldaan\. De Wet seksuele misdrijven treedt/);
    expect(paragraphs[at + 3]).toMatch(/^Bij de berekening van de gevolgen/);
    expect(paragraphs[at + 4]).toMatch(/^De Minister van Justitie en Veiligheid blijft/);
  });

  it('states commitments in the cabinet’s words with the phrase as promised, never the derived date', () => {
    const publicLetter = policyLetter(r2018, 'public');
    for (const doc of [letter, publicLetter]) {
      // the letter as sent: everything before the officers' annex
      const annex = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('Bijlage voor ambtenaren'));
      const t = documentText({ ...doc, blocks: annex < 0 ? doc.blocks : doc.blocks.slice(0, annex) });
      expect(t).toContain(
        'Uw Kamer wordt na de zomer geïnformeerd over de uitkomsten van het onderzoek naar een kwaliteitskader voor leermiddelen en eventuele vervolgstappen.',
      );
      expect(t).toContain(
        'De Minister van Justitie en Veiligheid rapporteert halfjaarlijks aan uw Kamer over de werkvoorraad zedenzaken',
      );
      expect(t).toContain(
        'De Minister voor Primair en Voortgezet Onderwijs zegt toe in het najaar conceptkerndoelen van de overige leergebieden te laten opleveren.',
      );
      expect(t).toContain(
        'Hiermee komen wij terug op de toezegging van de Minister van Justitie en Veiligheid van 6 maart 2024 om in de beleidsreactie terug te komen op de vraag',
      );
      expect(t).not.toMatch(/30 september 2024|30 november 2024|31 december 2024|afgeleid|uiterlijk 30/);
    }
    // the derived date is for officers only, in the internal version's annex
    const annex = blocksOf(letter, 'table')[0];
    expect(annex?.rows).toContainEqual([
      '1',
      'Minister voor Primair en Voortgezet Onderwijs: De Kamer informeren over de uitkomsten van het onderzoek naar een kwaliteitskader voor leermiddelen en eventuele vervolgstappen',
      'na de zomer',
      '30 september 2024 (afgeleid)',
      'open',
    ]);
    expect(blocksOf(publicLetter, 'table')).toEqual([]);
  });

  it('cites other Kamerstukken in footnotes, never the letter itself', () => {
    const notes = footnotesOf(letter);
    expect(notes).toContain('Kamerstukken II 2023/24, 29 270, nr. 156');
    expect(notes).toContain('Kamerstukken II 2022/23, 34 843, nr. 86');
    expect(notes.filter((n) => n.includes('31 015, nr. 275'))).toEqual([]);
    // the same Kamerstuk spelled differently is still the letter itself
    const spelled = policyLetter(
      {
        ...r2018,
        commitments: [commitment({ references: [{ citation: 'Kamerstukken II 2023–2024, 31015, nr. 275' }] })],
      },
      'internal',
    );
    expect(footnotesOf(spelled)).toEqual([]);
  });

  it('leaves out a commitment recorded after the letter was sent: the 2024 letter knows nothing of 2026', () => {
    const later = commitment({
      id: 'later',
      what: 'De Kamer informeren over de evaluatie van de Nationaal Coördinator',
      madeOn: '2026-03-01',
      changedAt: '2026-03-01T10:00:00Z',
    });
    const withLater = { ...r2018, commitments: [...r2018.commitments, later] };
    for (const version of ['internal', 'public'] as const) {
      expect(text(policyLetter(withLater, version))).not.toContain('evaluatie van de Nationaal Coördinator');
      expect(text(decisionMemo(withLater, version))).not.toContain('evaluatie van de Nationaal Coördinator');
    }
    // a draft without a date yet keeps every commitment
    expect(text(policyLetter({ ...r2020, commitments: [later] }, 'internal'))).toContain(
      'evaluatie van de Nationaal Coördinator',
    );
  });

  it('counts in correct Dutch: 1 toezegging, 2 toezeggingen', () => {
    expect(countOf(1, 'toezegging', 'toezeggingen')).toBe('1 toezegging');
    expect(countOf(2, 'toezegging', 'toezeggingen')).toBe('2 toezeggingen');
    expect(countOf(0, 'toezegging', 'toezeggingen')).toBe('geen toezeggingen');
    const one = policyLetter({ ...r2020, commitments: [commitment({ editionId: '2020-2024' })] }, 'internal');
    expect(text(one)).toContain('Deze brief noemt 1 toezegging.');
    expect(
      text(decisionMemo({ ...r2020, commitments: [commitment({ editionId: '2020-2024' })] }, 'internal')),
    ).toContain('De beleidsreactie noemt 1 toezegging:');
    expect(text(letter)).toContain('Deze brief noemt 8 toezeggingen.');
  });

  it('keeps the closing with the signatories, two side by side, and a draft says CONCEPT in its internal version only', () => {
    const blocks = letter.blocks;
    const at = blocks.findIndex((b) => b.kind === 'signatures');
    expect(blocks[at - 1]).toMatchObject({ kind: 'paragraph', keepWithNext: true });
    const draft = policyLetter(r2020, 'internal');
    expect(draft.letterhead.concept).toBe('CONCEPT — niet vastgesteld (ter besluitvorming)');
    expect(draft.blocks[0]).toEqual({ kind: 'concept', text: 'CONCEPT' });
    for (const doc of [letter, policyLetter(r2018, 'public'), policyLetter(r2020, 'public')]) {
      expect(doc.letterhead.concept).toBeUndefined();
      expect(text(doc)).not.toContain('CONCEPT');
    }
  });
});

describe('the nota', () => {
  const sections = [
    '1. Aanleiding',
    '2. Geadviseerd besluit',
    '3. Kernpunten',
    '4. Toelichting',
    'Bevindingen',
    'Toezeggingen',
    '4.1. Afstemming',
    '4.2. Krachtenveld',
    '4.3. Communicatie',
    '4.4. Financiële gevolgen',
    '4.5. Juridische gevolgen',
    '5. Informatie die niet openbaar gemaakt kan worden',
  ];

  it('has the header of seed 002 and every standard section, for both editions', () => {
    const nota = decisionMemo(r2020, 'internal');
    expect(blocksOf(nota, 'address')[0]?.lines).toEqual([
      'Minister van Justitie en Veiligheid',
      'Staatssecretaris van Justitie en Veiligheid',
    ]);
    expect(blocksOf(nota, 'title')[0]).toEqual({
      kind: 'title',
      label: 'nota',
      text: 'Beleidsreactie Monitor seksueel geweld tegen kinderen 2020–2024',
    });
    expect(side(nota, 'firstPage', 'Datum')).toBe('19 maart 2026');
    expect(side(nota, 'firstPage', 'Onze referentie')).toBe('7244668');
    expect(side(nota, 'firstPage', 'Bijlage(n)')).toBe('2');
    expect(nota.letterhead.firstPage.flatMap((e) => e.lines)).toEqual(
      expect.arrayContaining(['Directoraat-Generaal Rechtspleging en Rechtshandhaving', 'Cybercrime en zeden']),
    );
    for (const r of [r2018, r2020])
      for (const version of ['internal', 'public'] as const) {
        const h = headings(decisionMemo(r, version));
        expect(sections.every((s) => h.includes(s))).toBe(true);
        expect(sections.map((s) => h.indexOf(s))).toEqual([...sections.map((s) => h.indexOf(s))].sort((a, b) => a - b));
      }
  });

  it('lists the seven findings as bullets, and says "Niet van toepassing." where a section has no text', () => {
    const nota = decisionMemo(r2020, 'internal');
    const at = nota.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Bevindingen');
    const findings = nota.blocks[at + 1];
    expect(findings?.kind === 'bullets' && findings.items.length).toBe(7);
    const bare = {
      ...r2020,
      edition: {
        ...r2020.edition,
        nota: { ...r2020.edition.nota, krachtenveld: [], financieleGevolgen: undefined, bevindingen: undefined },
      },
    };
    const blocks = decisionMemo(bare, 'internal').blocks;
    const firstBlockUnder = (heading: string) =>
      blocks[blocks.findIndex((b) => b.kind === 'heading' && b.text === heading) + 1];
    for (const heading of ['4.2. Krachtenveld', '4.4. Financiële gevolgen', 'Bevindingen'])
      expect(firstBlockUnder(heading)).toEqual({ kind: 'paragraph', text: 'Niet van toepassing.' });
    expect(firstBlockUnder('5. Informatie die niet openbaar gemaakt kan worden')).toEqual({
      kind: 'paragraph',
      text: r2020.edition.nota.nietOpenbaar?.[0],
    });
  });

  it('shows the parafenroute: who signed and when inside, departments only in public, a voided sign-off as such', () => {
    const route = (doc: OfficialDocument) => blocksOf(doc, 'table').find((t) => t.caption === 'Parafenroute');
    const inside = route(decisionMemo(r2018, 'internal'));
    expect(inside?.header).toEqual(['Partij', 'Naam', 'Datum', 'Stand']);
    expect(inside?.rows[0]?.[0]).toBe('JenV/DGSenB');
    expect(inside?.rows[0]?.[2]).toBe('5 juni 2024');
    expect(inside?.rows[0]?.[3]).toBe('akkoord');
    const outside = route(decisionMemo(r2018, 'public'));
    expect(outside?.header).toEqual(['Partij', 'Datum', 'Stand']);
    expect(outside?.rows.map((r) => r[0])).toEqual(['JenV/DGSenB', 'VWS', 'OCW']);

    const workflow = r2020.workflow;
    if (!workflow) throw new Error('demo 2020 has no workflow');
    const coordination = workflow.coordination.map((p, i) =>
      i === 3
        ? {
            ...p,
            decision: 'signed-off' as const,
            signedBy: 'V. Voorbeeld',
            signedAt: '2026-03-02T10:00:00Z',
            fingerprint: 'old',
          }
        : { ...p, signedBy: 'A. Fictief', signedAt: '2026-03-10T09:00:00Z' },
    );
    const changed = { ...r2020, workflow: { ...workflow, state: 'coordination' as const, coordination } };
    const rows = route(decisionMemo(changed, 'internal'))?.rows ?? [];
    expect(rows[3]).toEqual(['VWS', 'V. Voorbeeld', '2 maart 2026', 'vervallen: tekst gewijzigd na paraaf']);
    expect(rows[0]?.[1]).toBe('A. Fictief');
    expect(text(decisionMemo(changed, 'public'))).not.toMatch(/Voorbeeld|Fictief/);
  });

  it('fills the decision box from the minister’s approval or rejection', () => {
    const box = (r: EditionRecord) =>
      blocksOf(decisionMemo(r, 'internal'), 'table').find((t) => t.caption === 'Besluit minister')?.rows;
    expect(box(r2018)).toEqual([
      ['Akkoord', '☒'],
      ['Niet akkoord', '☐'],
      ['Datum', '25 juni 2024'],
    ]);
    expect(box(r2020)).toEqual([
      ['Akkoord', '☐'],
      ['Niet akkoord', '☐'],
      ['Datum', ''],
    ]);
    const workflow = r2020.workflow;
    if (!workflow) throw new Error('demo 2020 has no workflow');
    const rejected = {
      ...r2020,
      workflow: {
        ...workflow,
        state: 'draft' as const,
        steps: [
          ...workflow.steps,
          {
            step: { kind: 'reject' as const, reason: 'Eerst de reactie op aanbeveling 1 tot en met 3 aanvullen.' },
            from: 'memo-for-decision' as const,
            to: 'draft' as const,
            actor: 'kabinet',
            at: '2026-03-24T10:00:00Z',
          },
        ],
      },
    };
    expect(box(rejected)).toEqual([
      ['Akkoord', '☐'],
      ['Niet akkoord', '☒'],
      ['Datum', '24 maart 2026'],
      ['Toelichting', 'Eerst de reactie op aanbeveling 1 tot en met 3 aanvullen.'],
    ]);
  });

  it('names the contacts inside only; the public version applies the confirmed redactions and states their grounds', () => {
    const internal = decisionMemo(r2020, 'internal');
    expect(text(internal)).toContain('Joris Fictief-de Wit');
    const workflow = r2020.workflow;
    if (!workflow) throw new Error('demo 2020 has no workflow');
    const commented = {
      ...r2020,
      workflow: {
        ...workflow,
        coordination: workflow.coordination.map((p, i) =>
          i === 4 ? { ...p, comments: ['Afgestemd met Pieter Jansen (OCW/PO); de reactie is te defensief.'] } : p,
        ),
      },
      redactions: [
        { text: 'Pieter Jansen', ground: '5.1.2e' as const },
        { text: 'de reactie is te defensief', ground: '5.2' as const },
      ],
    };
    const inside = text(decisionMemo(commented, 'internal'));
    expect(inside).toContain('Pieter Jansen');
    const outside = text(decisionMemo(commented, 'public'));
    expect(outside).not.toMatch(/Pieter Jansen|te defensief/);
    expect(outside).toContain('OCW: Afgestemd met [5.1.2e Woo] (OCW/PO); [5.2 Woo].');
    expect(outside).toMatch(/art\. 5\.1, tweede lid, onder e Woo.*art\. 5\.2 Woo/s);
    for (const c of r2020.edition.nota.contacts) {
      expect(outside).not.toContain(c.name);
      if (c.phone) expect(outside).not.toContain(c.phone);
    }
    // nothing withheld, nothing to state
    expect(text(decisionMemo(r2020, 'public'))).not.toContain('Woo);');
  });
});

describe('renderDocx', () => {
  it('writes the document, its footnotes and the signatories into the .docx', async () => {
    const bytes = await renderDocx(policyLetter(r2018, 'public'));
    const t = readDocxText(bytes);
    expect(t).toContain('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal');
    expect(t).toContain('Betreft');
    expect(t).toContain('Directoraat-Generaal Straffen en Beschermen');
    expect(t).toContain('Kamerstukken II 2023/24, 29 270, nr. 156');
    expect(t).toContain('De Minister voor Rechtsbescherming,');
    expect(t).toContain('F.M. Weerwind');
  });
});
