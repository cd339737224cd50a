import { describe, expect, it } from 'vitest';
import { newUserSchema } from './user-accounts.ts';

const user = (role: string, organisation: string | null) => ({
  name: 'Test',
  email: 'test@example.org',
  role,
  organisation,
  password: 'correct horse battery staple',
});
const problems = (role: string, organisation: string | null) => {
  const result = newUserSchema.safeParse(user(role, organisation));
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('accounts and their organisation', () => {
  it("gives an officer and the minister's office a department code, a steward a source code", () => {
    expect(problems('officer', 'JenV')).toEqual([]);
    expect(problems('minister-office', 'VWS')).toEqual([]);
    expect(problems('steward', 'csg')).toEqual([]);
    // an officer without a department may work on texts, but signs off for nobody
    expect(problems('officer', null)).toEqual([]);
  });

  it('refuses a department that is not one, a minister’s office of no department, and organisations on other roles', () => {
    expect(problems('minister-office', null)).toEqual([
      "the minister's office needs its department's code: one of AZ, BZ, BZK, DEF, EZ, FIN, IenW, JenV, KGG, LVVN, OCW, SZW, VRO, VWS",
    ]);
    expect(problems('officer', 'police')[0]).toContain("a policy officer's organisation is their department's code");
    expect(problems('steward', 'JenV')[0]).toContain("a data steward needs their organisation's source code");
    expect(problems('analyst', 'JenV')[0]).toContain('leave it empty');
  });
});
