import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordColumns } from '../contract/index.ts';
import { checkDeliveryFile } from './check-command.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('zicht check', () => {
  it('finds each row the ingest would quarantine by the contract’s row rules, with its column and rule, and passes good rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zicht-check-'));
    dirs.push(dir);
    const file = join(dir, 'persons.csv');
    const row = (id: string, sex: string, birth: string) =>
      ['police', id, 'victim', sex, birth, '', '', '', ''].join(',');
    writeFileSync(
      file,
      `${recordColumns.person.join(',')}\n${row('P1', 'F', '2012-04')}\n${row('P2', 'Q', '2012-04')}\n${row('P3', 'M', '2012-13')}\n${row('P4', 'M', '2011-01')}\n`,
    );
    const result = await checkDeliveryFile(file, 'person', 'police', '2026-01-15');
    expect(result.rows).toBe(4);
    expect(result.rowsWithProblems).toBe(2);
    expect(result.problems.map((p) => [p.rowNumber, p.column, p.rule])).toEqual([
      [2, 'sex', 'code_list'],
      [3, 'birth_year_month', expect.any(String)],
    ]);
  });
});
