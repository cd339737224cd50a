import { describe, expect, it } from 'vitest';
import { printPivot } from './print-pivot.ts';
import type { ExplorerTable } from './table-explorer/index.ts';

const label = (s: string) => ({ nl: s, en: s });
const years = ['2018', '2019', '2020'];
const sources = ['police', 'om'];
const settings = ['home', 'online', 'school'];

/** year × source × setting with two measures; police/school withheld in 2019, om/online absent, om/school all withheld. */
function table(): ExplorerTable {
  const rows: ExplorerTable['rows'][number][] = [];
  for (const y of years)
    for (const s of sources)
      for (const t of settings) {
        if (s === 'om' && t === 'online') continue;
        const withheld = (s === 'police' && t === 'school' && y === '2019') || (s === 'om' && t === 'school');
        const n = Number(y) - 2000;
        rows.push({
          codes: [y, s, t],
          status: withheld ? 'threshold' : 'published',
          cells: withheld
            ? [
                { value: null, text: label('') },
                { value: null, text: label('') },
              ]
            : [
                { value: n, text: label(`${n}`) },
                { value: 50, text: label('50%') },
              ],
        });
      }
  const dim = (id: string, codes: string[]) => ({
    id,
    label: label(id),
    values: codes.map((c) => ({ code: c, label: label(c) })),
  });
  return {
    id: 't',
    title: label('T'),
    unit: label('u'),
    dimensions: [dim('year', years), dim('source', sources), dim('setting', settings)],
    measures: [
      { id: 'registrations', label: label('registrations') },
      { id: 'share', label: label('share') },
    ],
    rows,
  };
}

describe('printPivot', () => {
  it('puts the years across, groups by the first other dimension, and keeps every cell of the list', () => {
    const pivot = printPivot(table());
    if (!pivot) throw new Error('expected a pivot');
    expect(pivot.across.values.map((v) => v.en)).toEqual(years);
    expect(pivot.group?.en).toBe('source');
    expect(pivot.down.map((d) => d.en)).toEqual(['setting']);
    expect(pivot.measures.map((m) => m.en)).toEqual(['registrations', 'share']);
    const [police, om] = pivot.groups;
    expect(police?.lines.map((l) => l.labels[0]?.en)).toEqual(settings);
    const school = police?.lines[2];
    expect(school?.unpublished).toBe(false);
    expect(school?.cells[0]).toEqual([
      { kind: 'value', text: label('18') },
      { kind: 'withheld', reason: 'threshold' },
      { kind: 'value', text: label('20') },
    ]);
    expect(school?.cells[1]?.[1]).toEqual({ kind: 'withheld', reason: 'threshold' });
    // om has no online row at all, and its school row is withheld every year: one line for both measures.
    expect(om?.lines.map((l) => l.labels[0]?.en)).toEqual(['home', 'school']);
    expect(om?.lines[1]?.unpublished).toBe(true);
    expect(om?.lines[1]?.cells).toHaveLength(1);
  });

  it('leaves out a helper measure, and leaves a short table or one with nothing to put across as a list', () => {
    expect(printPivot(table(), { skipMeasures: ['share'] })?.measures.map((m) => m.en)).toEqual(['registrations']);
    const short = { ...table(), rows: table().rows.slice(0, 12) };
    expect(printPivot(short)).toBeNull();
    const oneDimension = {
      ...table(),
      dimensions: table().dimensions.slice(0, 1),
      rows: table().rows.map((r) => ({ ...r, codes: r.codes.slice(0, 1) })),
    };
    expect(printPivot(oneDimension)).toBeNull();
  });
});
