import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pseudonymiseFile } from './pseudonymise-file.ts';
import { normaliseBsn, normaliseDate, normaliseName, pseudonymisePerson, surnameCore } from './pseudonymise-person.ts';

const secret = 'partners-shared-secret-for-tests';

describe('pseudonymisePerson', () => {
  it('gives equal tokens for the same person written differently, and different tokens under another key', () => {
    const a = pseudonymisePerson(
      {
        bsn: '123456782',
        first_names: 'Éva Maria',
        surname_prefix: 'van der',
        surname: 'Berg',
        date_of_birth: '2010-03-04',
      },
      secret,
    );
    const b = pseudonymisePerson(
      { bsn: ' 1234 56782', first_names: 'eva', surname_prefix: '', surname: 'BERG', date_of_birth: '2010-03-04' },
      secret,
    );
    expect(a).toEqual(b);
    expect(a.link_bsn).toMatch(/^[0-9a-f]{64}$/);
    const other = pseudonymisePerson(
      { bsn: '123456782', first_names: 'Eva', surname_prefix: null, surname: 'Berg', date_of_birth: '2010-03-04' },
      'another-secret-of-16+chars',
    );
    expect(other.link_bsn).not.toBe(a.link_bsn);
    expect(normaliseName("Ö'Brien-Jansen")).toBe('obrienjansen');
    const c = pseudonymisePerson(
      { bsn: '12345678', first_names: 'E.', surname_prefix: null, surname: 'Van der  Berg', date_of_birth: '4-3-2010' },
      secret,
    );
    expect(c.link_name_dob).toBe(a.link_name_dob);
  });

  it('normalises particles, date formats and BSNs as Dutch registrations write them', () => {
    expect(surnameCore("van 't Hof")).toBe('hof');
    expect(surnameCore('De Vries')).toBe('vries');
    expect(surnameCore("d'Ancona")).toBe('ancona');
    expect(surnameCore('Berg')).toBe('berg');
    for (const text of ['2010-03-04', '04-03-2010', '4/3/2010', '04.03.2010', '20100304'])
      expect(normaliseDate(text)).toBe('2010-03-04');
    expect(normaliseDate('31-02-2010')).toBeNull();
    expect(normaliseBsn('111222333')).toBe('111222333');
    expect(normaliseBsn('111222334')).toBeNull();
  });

  it('leaves a token empty when its identifiers are missing', () => {
    const t = pseudonymisePerson(
      { bsn: null, first_names: 'Eva', surname_prefix: null, surname: 'Berg', date_of_birth: null },
      secret,
    );
    expect(t).toMatchObject({ link_bsn: null, link_name_dob: null, link_bloom_dob: null });
    expect(t.link_bloom_name).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
  });
});

describe('pseudonymiseFile', () => {
  it('writes no direct identifier: no name, BSN, birth date or postcode survives in the output bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zicht-pseudo-'));
    const input = join(dir, 'person.csv');
    const output = join(dir, 'person.out.csv');
    const people = [
      ['police', 'P1', 'victim', 'F', '2010-03', '123456782', 'Eva', 'van der', 'Berg', '2010-03-04', '3511 AB'],
      ['police', 'P2', 'suspect', 'M', '1988-11', '', 'Johannes', '', 'Smit', '1988-11-23', '9712 CD'],
    ];
    writeFileSync(
      input,
      `source,person_id,role,sex,birth_year_month,bsn,first_names,surname_prefix,surname,date_of_birth,postcode\n${people.map((p) => p.join(',')).join('\n')}\n`,
    );
    const summary = await pseudonymiseFile(input, output, secret);
    expect(summary).toMatchObject({ rowsRead: 2, rowsWritten: 2, withBsnToken: 1, withNameDobToken: 2 });
    expect(summary.droppedColumns).toEqual([
      'bsn',
      'date_of_birth',
      'first_names',
      'postcode',
      'surname',
      'surname_prefix',
    ]);
    const out = readFileSync(output, 'utf8').toLowerCase();
    for (const p of people)
      for (const identifier of p.slice(5)) if (identifier) expect(out).not.toContain(identifier.toLowerCase());
    expect(out).toContain('2010-03');
    rmSync(dir, { recursive: true, force: true });
  });
});
