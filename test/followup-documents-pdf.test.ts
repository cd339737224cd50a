import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoData } from '../src/followup/build-demo-data.ts';
import { convertToPdf } from '../src/followup/documents/convert-to-pdf.ts';
import { decisionMemo } from '../src/followup/documents/decision-memo.ts';
import { type EditionRecord, editionRecord } from '../src/followup/followup-data.ts';
import { policyLetter } from '../src/followup/documents/policy-letter.ts';
import { renderDocx } from '../src/followup/documents/render-docx.ts';

// The generated letter and nota of both seed editions, as a reader gets them: Word converted to PDF
// by LibreOffice, the text read back with pdftotext (poppler-utils), page by page.
const run = promisify(execFile);
const data = buildDemoData();
const editions = ['2018-2022', '2020-2024'] as const;
const versions = ['internal', 'public'] as const;
const kinds = { letter: policyLetter, nota: decisionMemo } as const;

/** pages: reading order; columns: each page's -layout text read column by column (side-by-side signatures). */
type Rendered = { pages: string[]; text: string; columns: string[] };
const rendered = new Map<string, Rendered>();
const key = (kind: keyof typeof kinds, id: string, version: string) => `${kind} ${id} ${version}`;
const get = (name: string): Rendered => {
  const r = rendered.get(name);
  if (!r) throw new Error(`not rendered: ${name}`);
  return r;
};
const record = (id: string): EditionRecord => {
  const r = editionRecord(data, id);
  if (!r) throw new Error(`demo lacks ${id}`);
  return r;
};
/** Words as a reader sees them: line breaks and column gaps are only whitespace. */
const flat = (s: string) => s.replace(/\s+/g, ' ');
/** A -layout page read as a left column, then whatever stands right of it, so side-by-side blocks read whole. */
function byColumn(layoutPage: string): string {
  const left: string[] = [];
  const right: string[] = [];
  for (const line of layoutPage.split('\n')) {
    for (const m of line.matchAll(/\S+(?: \S+)*/g)) (m.index < 30 ? left : right).push(m[0]);
  }
  return flat(`${left.join(' ')} ${right.join(' ')}`);
}

let dir: string;
beforeAll(async () => {
  await run('pdftotext', ['-v']).catch(() => {
    throw new Error('pdftotext not found: install poppler-utils (apt-get install -y poppler-utils).');
  });
  dir = await mkdtemp(join(tmpdir(), 'zicht-followup-pdf-'));
  const files: { name: string; docx: string }[] = [];
  for (const id of editions)
    for (const version of versions)
      for (const kind of ['letter', 'nota'] as const) {
        const docx = join(dir, `${kind}-${id}-${version}.docx`);
        await writeFile(docx, await renderDocx(kinds[kind](record(id), version)));
        files.push({ name: key(kind, id, version), docx });
      }
  const pdfs = await convertToPdf(
    files.map((f) => f.docx),
    dir,
  );
  for (const [i, f] of files.entries()) {
    const pdf = pdfs[i] as string;
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    const { stdout: layout } = await run('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, '-']);
    const pages = stdout.split('\f').filter((p) => p.trim() !== '');
    const columns = layout
      .split('\f')
      .filter((p) => p.trim() !== '')
      .map(byColumn);
    rendered.set(f.name, { pages, text: flat(stdout), columns });
  }
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.each(editions)('the %s documents as PDF', (id) => {
  it.each(versions)('the %s letter carries the letterhead fields and "Pagina X van N" on every page', (version) => {
    const { pages, text } = get(key('letter', id, version));
    for (const field of ['Datum', 'Betreft', 'Ons kenmerk', 'Bijlage(n)'])
      expect(text, `letter ${id} ${version}: ${field}`).toContain(field);
    expect(text).toContain('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Postbus 20018 2500 EA Den Haag');
    expect(text).toContain(`Betreft Beleidsreactie op de ${record(id).edition.title}`);
    expect(text).toContain(`Ons kenmerk ${record(id).edition.letter.reference}`);
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) expect(flat(page)).toContain(`Pagina ${i + 1} van ${pages.length}`);
    // later pages repeat the reference beside the text
    for (const page of pages.slice(1)) expect(flat(page)).toContain('Ons kenmerk');
    expect(text).not.toMatch(/\[naam\]|richt zich tot|Standpunt:/);
  });

  it.each(versions)('the %s nota carries its header and every standard section heading', (version) => {
    const { pages, text } = get(key('nota', id, version));
    const nota = record(id).edition.nota;
    for (const part of [
      'nota',
      `Onze referentie ${nota.reference}`,
      'Bijlage(n)',
      '1. Aanleiding',
      '2. Geadviseerd besluit',
      '3. Kernpunten',
      '4. Toelichting',
      'Bevindingen',
      '4.1. Afstemming',
      'Parafenroute',
      '4.2. Krachtenveld',
      '4.3. Communicatie',
      '4.4. Financiële gevolgen',
      '4.5. Juridische gevolgen',
      '5. Informatie die niet openbaar gemaakt kan worden',
      'Besluit minister',
    ])
      expect(text, `nota ${id} ${version}: ${part}`).toContain(part);
    for (const addressee of nota.addressedTo) expect(text).toContain(addressee);
    for (const [i, page] of pages.entries()) expect(flat(page)).toContain(`Pagina ${i + 1} van ${pages.length}`);
  });

  it('the public versions name no contact person, give no phone number or e-mail, and carry no CONCEPT', () => {
    for (const kind of ['letter', 'nota'] as const) {
      const { text } = get(key(kind, id, 'public'));
      for (const c of record(id).edition.nota.contacts) {
        for (const value of [c.name, ...c.name.split(/\s+/).filter((w) => w.length > 3), c.phone, c.email])
          if (value) expect(text, `${kind} ${id} public names "${value}"`).not.toContain(value);
      }
      expect(text).not.toContain('Contactpersoon');
      expect(text).not.toContain('CONCEPT');
    }
    // the internal nota does name them: the check above would notice them
    const inside = get(key('nota', id, 'internal')).text;
    for (const c of record(id).edition.nota.contacts) expect(inside).toContain(c.name);
  });

  it('keeps the signatories together on one page', () => {
    const { columns } = get(key('letter', id, 'internal'));
    const titles = record(id).edition.letter.signatories.map((s) => `${s.title},`);
    const onPage = titles.map((t) => columns.findIndex((p) => p.includes(t)));
    expect(
      onPage.every((p) => p >= 0),
      `signatories not found: ${titles.join(' | ')}`,
    ).toBe(true);
    expect(new Set(onPage).size).toBe(1);
  });
});

describe('CONCEPT', () => {
  it('stands on every page of the internal documents of the draft (2020–2024), and nowhere on the sent response', () => {
    for (const kind of ['letter', 'nota'] as const) {
      for (const page of get(key(kind, '2020-2024', 'internal')).pages) expect(page).toContain('CONCEPT');
      expect(get(key(kind, '2018-2022', 'internal')).text).not.toContain('CONCEPT');
    }
  });

  it('the 2018–2022 letter is dated 25 June 2024 and prints its Kamerstuk number; the draft prints none', () => {
    const sent = get(key('letter', '2018-2022', 'public')).text;
    expect(sent).toContain('Datum 25 juni 2024');
    expect(sent).toContain('Kamerstukken II 2023/24, 31 015, nr. 275');
    expect(get(key('letter', '2020-2024', 'internal')).text).not.toMatch(/Kamerstukken II 20\d\d\/\d\d, 31 015/);
  });
});
