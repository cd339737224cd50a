import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../csv/index.ts';
import { buildDemoData } from '../build-demo-data.ts';
import { type commitmentCsvColumns, commitmentsFromCsv, commitmentsToCsv } from './commitments-csv.ts';
import type { Commitment } from '../followup-model.ts';

const base = buildDemoData().commitments[0] as Commitment;
/** Every text field of one commitment holds something a spreadsheet would run. */
const hostile: Commitment = {
  ...base,
  what: '=HYPERLINK("http://x","y")',
  who: '@SUM(A1)',
  ministry: '+1+1',
  evidence: '-2+3',
  promised: { ...base.promised, phrase: '\t=1' },
  recommendationNumber: 3,
  statusReason: '=cmd|"/c calc"!A1',
  activiteitNummer: '@2026A01894',
  postponements: [
    { from: '2024-09-30', to: '2024-12-19', reason: '=1+1', on: '2024-09-20', at: '2024-09-21T10:00:00Z' },
  ],
};

const cellsOf = (csv: string) => {
  const [header, row] = parseCsv(csv);
  return (name: (typeof commitmentCsvColumns)[number]) => row?.[header?.indexOf(name) ?? -1];
};

describe('the commitments CSV in a spreadsheet', () => {
  it('writes no text cell that a spreadsheet would run as a formula', () => {
    const cell = cellsOf(commitmentsToCsv([hostile]));
    expect(cell('what')).toBe('\'=HYPERLINK("http://x","y")');
    expect(cell('who')).toBe("'@SUM(A1)");
    expect(cell('ministry')).toBe("'+1+1");
    expect(cell('evidence')).toBe("'-2+3");
    expect(cell('phrase')).toBe("'\t=1");
    expect(cell('recommendation_number')).toBe('3');
    expect(cell('status_reason')).toBe('\'=cmd|"/c calc"!A1');
    expect(cell('activiteit_nummer')).toBe("'@2026A01894");
    expect(cell('postponements')?.startsWith('[{')).toBe(true);
  });

  it('reads the neutralised cells back as they were typed', () => {
    expect(commitmentsFromCsv(commitmentsToCsv([hostile]))).toEqual([hostile]);
  });
});
