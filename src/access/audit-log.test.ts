import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/index.ts';
import { type AuditEntry, auditToCsv } from './audit-log.ts';

const entry: AuditEntry = {
  seq: 7,
  at: '2026-03-25T10:00:00Z',
  userId: ' =1+1',
  userName: '@SUM(A1)',
  role: '+1+1',
  action: '-2+3',
  target: '=HYPERLINK("http://x","y")',
  ip: '\t=1',
  outcome: 200,
};

describe('auditToCsv', () => {
  it('neutralises every text cell a spreadsheet would run, and leaves numbers as numbers', () => {
    const [header, row] = parseCsv(auditToCsv([entry]));
    expect(header).toEqual(['seq', 'at', 'userId', 'userName', 'role', 'action', 'target', 'ip', 'outcome']);
    expect(row).toEqual([
      '7',
      '2026-03-25T10:00:00Z',
      "' =1+1",
      "'@SUM(A1)",
      "'+1+1",
      "'-2+3",
      '\'=HYPERLINK("http://x","y")',
      "'\t=1",
      '200',
    ]);
  });

  it('writes an empty cell for a missing user, as before', () => {
    expect(auditToCsv([{ ...entry, userId: null, userName: null, role: null }]).split('\n')[1]).toMatch(
      /^7,2026-03-25T10:00:00Z,,,,/,
    );
  });
});
