import { describe, expect, it } from 'vitest';
import {
  applyConfirmedRedactions,
  buildDemoData,
  type ConfirmedRedaction,
  decisionMemo,
  documentText,
  type EditionRecord,
  editionOverview,
  editionRecord,
  policyLetter,
  proposeRedactions,
  type RedactionProposal,
  type WorkflowStep,
  wooGroundsStatement,
} from '../src/followup/index.ts';

/**
 * Issue 13, "Done when": names, initials and personal opinions planted in every free-text field of
 * both demo editions are proposed for redaction with the right Woo ground; once confirmed, the public
 * letter, nota and page contain none of them, each mark names its ground, the grounds statement
 * lists the grounds used, and public organisations' details are kept verbatim.
 */

const today = '2026-06-01';
/** The users of Zicht, as the server passes them. */
const people = [
  { name: 'Pieter Jansen', role: 'beleidsmedewerker OCW/PO' },
  { name: 'Demo Beleidsmedewerker VWS', role: 'officer' },
];

/** Public organisations' details: kept verbatim, never proposed under 5.1.2e. */
const organisations = [
  'Nationaal Rapporteur, Postbus 20301, 2500 EH Den Haag',
  'Turfmarkt 147',
  'Veilig Thuis 0800-2000',
  'parketnummer 09/123456-24',
  'Kamerstukken II 2023/24, 31 015, nr. 275',
];

type Plant = { readonly text: string; readonly ground: '5.1.2e' | '5.2' };

/** What is planted in one field: names and initials (5.1.2e) and opinions (5.2), beside the organisations. */
function plants(record: EditionRecord, consultation: boolean): { snippet: string; expected: Plant[] } {
  const contact = record.edition.nota.contacts[0];
  if (!contact) throw new Error('a demo edition names a contact');
  const surnamePart = contact.name
    .split(/[\s-]+/)
    .slice(-2)
    .join(' ')
    .replace(/^Fictief /, '');
  const partial = `${contact.name[0]}. ${surnamePart}`; // "E. Verbeek", "J. de Wit"
  const personal: Plant[] = [
    { text: 'pieter JANSEN', ground: '5.1.2e' },
    { text: 'Pieter', ground: '5.1.2e' },
    { text: 'P.J. Jansen', ground: '5.1.2e' },
    { text: partial, ground: '5.1.2e' },
    { text: 'De Boer-Smit', ground: '5.1.2e' },
    { text: 'Karin van der Berg', ground: '5.1.2e' },
    { text: 'k.vanderberg@minvws.example', ground: '5.1.2e' },
    { text: '06 2345 6789', ground: '5.1.2e' },
    { text: 'VWS vindt deze passage te defensief.', ground: '5.2' },
    { text: 'Naar mijn mening is dit onverstandig.', ground: '5.2' },
  ];
  const signOff: Plant[] = [
    { text: 'Pieter Jansen', ground: '5.1.2e' },
    { text: 'Wij vinden de toon te defensief.', ground: '5.2' },
  ];
  const snippet =
    `Afgestemd met pieter JANSEN en met Pieter; zie ook P.J. Jansen en ${partial}. ` +
    'Mevrouw De Boer-Smit belde namens Karin van der Berg (k.vanderberg@minvws.example, 06 2345 6789). ' +
    'VWS vindt deze passage te defensief. Naar mijn mening is dit onverstandig. ' +
    `Adressen: ${organisations.join('; ')}.` +
    (consultation
      ? ' Akkoord met tekstuele aanpassing in alinea 3, Pieter Jansen (OCW/PO). Wij vinden de toon te defensief.'
      : '');
  return { snippet, expected: consultation ? [...personal, ...signOff] : personal };
}

/** Keys whose values are codes, numbers, states or dates: renderers rely on them, nobody writes prose there. */
const codeKeys = new Set([
  'id',
  'editionId',
  'stance',
  'status',
  'decision',
  'theme',
  'kind',
  'state',
  'department',
  'directorate',
  'leadDepartment',
  'fingerprint',
  'submittedFingerprint',
  'approvedFingerprint',
  'userId',
  'kamerstuk',
  'kamerNummer',
  'from',
  'to',
]);
/**
 * Public by nature (ministers sign publicly), structured personal data the detector knows already, or
 * who initialled (the account's name: printed in the internal nota only; the test below checks no
 * public text carries it).
 */
const notPlanted = new Set(['signatories', 'contacts', 'sentRecord', 'redactions', 'parties', 'signedBy']);
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}/.test(value);

type Planting = { readonly snippet: (path: string) => string; readonly only?: string; readonly paths: string[] };

/**
 * Appends `snippet(path)` to every free-text string of the value (or to the one at `only`), found
 * generically, so a field added to the record later is planted too.
 */
function plant(value: unknown, path: string, p: Planting): unknown {
  if (typeof value === 'string') {
    if (isDate(value)) return value;
    p.paths.push(path);
    return p.only === undefined || p.only === path ? `${value} ${p.snippet(path)}` : value;
  }
  if (Array.isArray(value)) return value.map((v, i) => plant(v, `${path}[${i}]`, p));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        codeKeys.has(k) || notPlanted.has(k) ? v : plant(v, path ? `${path}.${k}` : k, p),
      ]),
    );
  }
  return value;
}

function plantRecord(record: EditionRecord, p: Planting): EditionRecord {
  return {
    edition: plant(record.edition, '', p) as EditionRecord['edition'],
    recommendations: plant(record.recommendations, 'recommendations', p) as EditionRecord['recommendations'],
    responses: plant(record.responses, 'responses', p) as EditionRecord['responses'],
    commitments: plant(record.commitments, 'commitments', p) as EditionRecord['commitments'],
    ...(record.workflow ? { workflow: plant(record.workflow, 'workflow', p) as EditionRecord['workflow'] } : {}),
  };
}

/** The demo record with comments and reasons in its workflow, so every kind of workflow text exists. */
function withWorkflowTexts(record: EditionRecord): EditionRecord {
  const workflow = record.workflow;
  if (!workflow) throw new Error('a demo edition has a workflow');
  const party = workflow.coordination[0];
  if (!party) throw new Error('a demo edition was coordinated');
  const at = '2026-01-05T09:00:00Z';
  const step = (s: WorkflowStep) => ({
    step: s,
    from: 'coordination' as const,
    to: 'coordination' as const,
    actor: 'Pieter Jansen',
    at,
  });
  return {
    ...record,
    workflow: {
      ...workflow,
      coordination: workflow.coordination.map((p) => ({ ...p, comments: ['Tekstvoorstel verwerkt.'] })),
      steps: [
        step({ kind: 'comment', department: party.department, text: 'Tekstvoorstel verwerkt.' }),
        step({ kind: 'return-to-draft', reason: 'Cijfers actualiseren.' }),
        step({ kind: 'reject', reason: 'Eerst de cijfers actualiseren.' }),
        ...workflow.steps,
      ],
    },
  };
}

const released = (record: EditionRecord, redactions: readonly ConfirmedRedaction[]): EditionRecord => {
  const { workflow, ...printed } = record;
  if (!workflow) throw new Error('a demo edition has a workflow');
  const state = workflow.state === 'published' ? 'published' : 'sent-to-parliament';
  return {
    ...record,
    redactions,
    workflow: { ...workflow, state, sentOn: workflow.sentOn ?? '2026-04-15', sentRecord: { ...printed, redactions } },
  };
};

/** Every string of the public page, as the browser receives it. */
const pageText = (overview: unknown): string => JSON.stringify(overview).replace(/\\"/g, '"');

type Case = {
  id: string;
  base: EditionRecord;
  planted: EditionRecord;
  fields: string[];
  expected: (field: string) => Plant[];
  snippet: (field: string) => string;
  plain: readonly RedactionProposal[];
};

const data = buildDemoData();
const cases: Case[] = ['2018-2022', '2020-2024'].map((id) => {
  const demo = editionRecord(data, id);
  if (!demo) throw new Error(`demo lacks ${id}`);
  const base = withWorkflowTexts(demo);
  const consultation = (field: string) => field.startsWith('workflow');
  const snippet = (field: string) => plants(base, consultation(field)).snippet;
  const fields: string[] = [];
  const planted = plantRecord(base, { snippet, paths: fields });
  return {
    id,
    base,
    planted,
    fields,
    expected: (field) => plants(base, consultation(field)).expected,
    snippet,
    plain: proposeRedactions(base, people),
  };
});

describe.each(cases)('Woo redaction of edition $id with names and opinions planted in every field', (c) => {
  const proposals = proposeRedactions(c.planted, people);
  const confirmed: ConfirmedRedaction[] = proposals.flatMap((p) =>
    p.ground ? [{ text: p.text, ground: p.ground }] : [],
  );
  const record = released(c.planted, confirmed);
  const letter = documentText(policyLetter(record, 'public'));
  const nota = documentText(decisionMemo(record, 'public'));
  const page = pageText(editionOverview(record, today));
  const publicTexts = { letter, nota, page };

  it('plants in dozens of fields, letter, nota, recommendations, responses, commitments and workflow alike', () => {
    const prefixes = ['letter.', 'nota.', 'recommendations', 'responses', 'workflow.coordination', 'workflow.steps'];
    if (c.base.commitments.length) prefixes.push('commitments');
    for (const prefix of prefixes)
      expect(
        c.fields.some((f) => f.startsWith(prefix)),
        prefix,
      ).toBe(true);
    expect(c.fields.length).toBeGreaterThan(60);
  });

  it('proposes every planted name, initial and opinion with its ground, in whichever field it is planted', () => {
    const missed: string[] = [];
    // The actor of a step is metadata, never printed: it is not scanned (its leak is checked below).
    for (const field of c.fields.filter((f) => !f.endsWith('.actor'))) {
      const one = proposeRedactions(plantRecord(c.base, { snippet: c.snippet, only: field, paths: [] }), people);
      for (const p of c.expected(field)) {
        const hit = one.some((x) => x.text.toLowerCase() === p.text.toLowerCase() && x.ground === p.ground);
        if (!hit) missed.push(`${field}: "${p.text}" (${p.ground})`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('proposes nothing else: no organisation, address, helpline or case number, and nothing beyond the plain record', () => {
    const plantedTexts = new Set(
      cases.flatMap((x) => x.fields.flatMap((f) => x.expected(f).map((p) => p.text.toLowerCase()))),
    );
    const plainTexts = new Set(c.plain.map((p) => p.text.toLowerCase()));
    const unexpected = proposals.filter(
      (p) => !plantedTexts.has(p.text.toLowerCase()) && !plainTexts.has(p.text.toLowerCase()),
    );
    expect(unexpected.map((p) => `${p.field}: "${p.text}" (${p.ground}) ${p.reason}`)).toEqual([]);
    for (const p of proposals) {
      for (const detail of organisations)
        expect(detail.includes(p.text) || p.text.includes(detail), `${p.text} touches ${detail}`).toBe(false);
    }
  });

  it('ids are stable and unique per field and text; the order is deterministic', () => {
    const again = proposeRedactions(c.planted, people);
    expect(again).toEqual(proposals);
    const keys = proposals.map((p) => `${p.field}\n${p.text.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(proposals.map((p) => p.id)).size).toBe(proposals.length);
  });

  const planted = [
    'Jansen',
    'Pieter',
    'Boer-Smit',
    'Karin',
    'van der Berg',
    'vanderberg',
    '2345 6789',
    'te defensief',
    'onverstandig',
    'naar mijn mening',
    ...c.planted.edition.nota.contacts.flatMap((p) => [p.name, p.phone, p.email].filter((x): x is string => !!x)),
    ...c.fields.flatMap((f) => c.expected(f).map((p) => p.text)),
  ];
  const leaksOf = (text: string) => [...new Set(planted.filter((s) => text.toLowerCase().includes(s.toLowerCase())))];

  it.each(['letter', 'nota'] as const)(
    'the public %s contains none of the planted names, initials or opinions',
    (kind) => {
      expect(leaksOf(publicTexts[kind])).toEqual([]);
    },
  );

  it('the public page contains none of the planted names, initials or opinions', () => {
    const leaks: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        const found = leaksOf(value);
        if (found.length) leaks.push(`${path}: ${found.join(', ')}`);
      } else if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(editionOverview(record, today), 'page');
    expect(leaks).toEqual([]);
  });

  it.each(['letter', 'nota', 'page'] as const)('the public %s names nobody who initialled the text', (kind) => {
    const signers = (record.workflow?.coordination ?? []).flatMap((p) => (p.signedBy ? [p.signedBy] : []));
    expect(signers.length).toBeGreaterThan(0);
    for (const name of signers) expect(publicTexts[kind]).not.toContain(name);
  });

  it.each(['letter', 'nota', 'page'] as const)('the public %s keeps the organisations’ details verbatim', (kind) => {
    for (const detail of organisations) expect(publicTexts[kind]).toContain(detail);
  });

  it('each redaction mark names its ground: 5.1.2e for names, 5.2 for opinions', () => {
    const redacted = applyConfirmedRedactions(c.snippet('letter.opening'), confirmed);
    expect(
      redacted.startsWith(
        'Afgestemd met [5.1.2e Woo] en met [5.1.2e Woo]; zie ook [5.1.2e Woo] en [5.1.2e Woo]. ' +
          'Mevrouw [5.1.2e Woo] belde namens [5.1.2e Woo] ([5.1.2e Woo], [5.1.2e Woo]). [5.2 Woo] [5.2 Woo] Adressen: ',
      ),
    ).toBe(true);
    expect(letter).toContain(redacted);
    expect(nota).toContain(applyConfirmedRedactions(c.snippet('nota.aanleiding[0]'), confirmed));
    const signOff = applyConfirmedRedactions(c.snippet('workflow.coordination[0].comments[0]'), confirmed);
    expect(signOff).toContain('Akkoord met tekstuele aanpassing in alinea 3, [5.1.2e Woo] (OCW/PO). [5.2 Woo]');
    expect(nota).toContain(signOff);
    for (const text of Object.values(publicTexts)) {
      const marks = text.match(/\[[^[\]]{0,20}Woo\]/g) ?? [];
      expect(marks.length).toBeGreaterThan(10);
      for (const mark of marks) expect(mark).toMatch(/^\[(?:5\.1\.2e|5\.2) Woo\]$/);
    }
  });

  it('the public letter and nota state the grounds used', () => {
    const statement = wooGroundsStatement(['5.1.2e', '5.2']);
    expect(statement).toContain('art. 5.1, tweede lid, onder e Woo');
    expect(statement).toContain('art. 5.2 Woo');
    expect(letter).toContain(statement);
    expect(nota).toContain(statement);
  });
});
