import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoData } from './build-demo-data.ts';
import { convertToPdf } from './convert-to-pdf.ts';
import { decisionMemo } from './decision-memo.ts';
import { editionRecord } from './followup-data.ts';
import type { OfficialDocument } from './official-document.ts';
import { policyLetter } from './policy-letter.ts';
import { readDocxText } from '../../test/support/read-docx-text.ts';
import { personalDataOf, redactionMark } from './redact-personal-data.ts';
import { renderDocx } from './render-docx.ts';

const data = buildDemoData();
const record = (id: string) => {
  const r = editionRecord(data, id);
  if (!r) throw new Error(`demo lacks ${id}`);
  return r;
};
const editions = ['2018-2022', '2020-2024'] as const;
const personal = (id: string) => record(id).edition.nota.contacts.flatMap(personalDataOf);

type Generated = { name: string; doc: OfficialDocument; text: string; path: string };
let dir: string;
const generated: Generated[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zicht-followup-docs-'));
  for (const id of editions) {
    for (const version of ['internal', 'public'] as const) {
      for (const [kind, build] of [
        ['letter', policyLetter],
        ['nota', decisionMemo],
      ] as const) {
        const doc = build(record(id), version);
        const bytes = await renderDocx(doc);
        const path = join(dir, `${kind}-${id}-${version}.docx`);
        await writeFile(path, bytes);
        generated.push({ name: `${kind} ${id} ${version}`, doc, text: readDocxText(bytes), path });
      }
    }
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const find = (name: string) => {
  const g = generated.find((x) => x.name === name);
  if (!g) throw new Error(`not generated: ${name}`);
  return g;
};

describe('generated documents', () => {
  it('the internal versions carry the civil servants’ data; the public versions none of it, and state the Woo ground', () => {
    for (const id of editions) {
      for (const kind of ['letter', 'nota']) {
        const internal = find(`${kind} ${id} internal`).text;
        const publicText = find(`${kind} ${id} public`).text;
        const present = personal(id).filter((value) => internal.includes(value));
        expect(present.length, `${kind} ${id}: the internal version should name its contacts`).toBeGreaterThanOrEqual(
          3,
        );
        for (const value of present) expect(publicText, `${kind} ${id} public leaks "${value}"`).not.toContain(value);
        expect(publicText).not.toMatch(/@|\b06-\d{8}\b|\+31/);
        expect(publicText).toContain('artikel 5.1, tweede lid, onder e, van de Wet open overheid');
        expect(publicText).toContain(redactionMark);
      }
    }
  });

  it('the letter has opening, general response, a section per recommendation, closing, signatories and Kamerstuk footnotes', () => {
    const { text } = find('letter 2018-2022 public');
    const order = [
      'Hierbij ontvangt u',
      'Algemene reactie',
      ...[1, 2, 3, 4, 5, 6].map((n) => `Aanbeveling ${n}`),
      'Tot slot',
      'F.M. Weerwind',
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(
      positions.every((p) => p >= 0),
      `missing: ${order.filter((_, i) => positions[i] === -1).join(', ')}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Standpunt: wordt al aan voldaan.');
    expect(text).toContain('na de zomer (uiterlijk 30 september 2024)');
    // Footnotes live in word/footnotes.xml; references appear there.
    expect(text).toContain('Kamerstukken II 2023/24, 29 270, nr. 156');
    expect(text).toContain('Kamerstukken II 2022/23, 34 843, nr. 86');
  });

  it('the nota has the six parts, with the coordination taken from the workflow', () => {
    const { text } = find('nota 2020-2024 internal');
    for (const heading of [
      '1. Aanleiding',
      '2. Geadviseerd besluit',
      '3. Kernpunten',
      '4. Toelichting',
      '4.1 Afstemming',
      '5. Informatie die niet openbaar gemaakt kan worden',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('JenV, DGSenB: akkoord');
    expect(text).toContain('Onze referentie: 7244668');
  });

  it('every .docx opens in LibreOffice headless and converts to PDF (one run for both document types)', async () => {
    const files = [find('letter 2018-2022 public').path, find('nota 2020-2024 internal').path];
    const pdfs = await convertToPdf(files, dir);
    for (const pdf of pdfs) {
      const bytes = await readFile(pdf);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(5_000);
    }
  });
});
