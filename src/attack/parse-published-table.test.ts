import { describe, expect, it } from 'vitest';
import { monitorApiTables } from './monitor-api-tables.ts';
import { parsePublishedTable, readRowStatus } from './parse-published-table.ts';

const kinds = (text: string) =>
  Object.fromEntries(parsePublishedTable('t', text).columns.map((c) => [c.label, c.kind]));

describe('parsePublishedTable', () => {
  it('classifies columns from the numbers and headers alone', () => {
    const text = [
      'Year,Source,Registrations,In a home,Share (%),Mean age (years),Norm (days),Target met,Status',
      '2018,Police,90,48,53.3,12.4,183,no,Published',
      '2018,Courts,,,,,,,Withheld: count below the threshold',
      '2019,Police,126,60,47.6,12.9,183,yes,Published',
    ].join('\n');
    expect(kinds(text)).toEqual({
      Year: 'dimension',
      Source: 'dimension',
      Registrations: 'count',
      'In a home': 'count',
      'Share (%)': 'share',
      'Mean age (years)': 'statistic',
      'Norm (days)': 'statistic',
      'Target met': 'statistic',
    });
  });

  it('tells a year column from a count in a table without withheld rows, and a rank from a count', () => {
    expect(kinds('Year,Registered children,Status\n2018,168,Published\n2019,259,Published\n')).toEqual({
      Year: 'dimension',
      'Registered children': 'count',
    });
    const funnel = ['Year,Step,Order,Incidents,Status'];
    for (const year of [2018, 2019])
      funnel.push(
        `${year},Report,1,113,Published`,
        `${year},Complaint,2,56,Published`,
        `${year},Charge,3,40,Published`,
      );
    funnel.push('2020,Report,,,Withheld to protect another cell');
    expect(kinds(funnel.join('\n'))).toMatchObject({ Order: 'order', Incidents: 'count', Step: 'dimension' });
  });

  it('reads the status of a row, any non-published reason as withheld', () => {
    expect(
      [
        'Published',
        'Withheld: count below the threshold',
        'Withheld to protect another cell',
        'Withheld: one contributor dominates',
        'Gepubliceerd',
        'Afgeschermd: aantal onder de drempel',
      ].map(readRowStatus),
    ).toEqual(['published', 'threshold', 'withheld', 'withheld', 'published', 'threshold']);
  });

  it('reads a Dutch download (semicolons, decimal comma, byte order mark) to the same numbers', () => {
    const dutch = parsePublishedTable(
      't',
      '\uFEFFJaar;Bron;Registraties;Aandeel (%);Status\n2018;Politie;90;53,3;Gepubliceerd\n2018;Rechtspraak;;;Afgeschermd: aantal onder de drempel\n',
    );
    expect(dutch.columns.map((c) => c.kind)).toEqual(['dimension', 'dimension', 'count', 'share']);
    expect(dutch.rows.map((r) => [r.numbers[2], r.numbers[3], r.status])).toEqual([
      [90, 53.3, 'published'],
      [null, null, 'threshold'],
    ]);
  });
});

describe('monitorApiTables', () => {
  it('turns the live API answer into tables labelled like the downloads', () => {
    const tables = monitorApiTables({
      sources: [{ code: 'police', label: { nl: 'Politie', en: 'Police' } }],
      victimsPerYearBySource: [
        { year: 2018, source: 'police', victims: 86 },
        { year: 2019, source: 'police', victims: null, withheld: 'threshold' },
      ],
      victimsPerYear: [{ year: 2018, registered: 168 }],
      estimate: null,
    });
    expect(tables.map((t) => t.id)).toEqual(['api-victims-per-year-by-source', 'api-victims-per-year']);
    expect(tables[0]?.rows.map((r) => [r.fields, r.status])).toEqual([
      [['2018', 'Police', '86'], 'published'],
      [['2019', 'Police', ''], 'threshold'],
    ]);
    expect(monitorApiTables('not json')).toEqual([]);
  });
});
