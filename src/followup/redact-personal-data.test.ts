import { describe, expect, it } from 'vitest';
import { personalDataOf, redactionMark, redactPersonalData } from './redact-personal-data.ts';

const servants = [
  { name: 'Joris Fictief-de Wit', role: 'beleidsmedewerker', phone: '070-3701234', email: 'j.dewit@minjenv.example' },
  { name: 'Sanne Voorbeeld', role: 'coördinator', phone: '+31 6 98765432' },
];

describe('redactPersonalData', () => {
  it('removes names, surnames, initials, phone numbers and e-mail addresses', () => {
    const text =
      'Contact: Joris Fictief-de Wit (070-3701234, j.dewit@minjenv.example); afgestemd met S. Voorbeeld, tel. +31 6 98765432; zie ook J. Fictief-de Wit.';
    const out = redactPersonalData(text, servants);
    for (const value of servants.flatMap(personalDataOf)) expect(out).not.toContain(value);
    expect(out).toBe(
      `Contact: ${redactionMark} (${redactionMark}, ${redactionMark}); afgestemd met ${redactionMark}, tel. ${redactionMark}; zie ook ${redactionMark}.`,
    );
  });

  it('also catches unknown e-mail addresses and Dutch phone numbers', () => {
    expect(redactPersonalData('mail p.q@rijksoverheid.example of bel 06 1234 5678', [])).toBe(
      `mail ${redactionMark} of bel ${redactionMark}`,
    );
  });

  it('leaves Kamerstuk references, dates and amounts alone', () => {
    const text = 'Kamerstukken II 2023/24, 31 015, nr. 275; 20 miljoen euro; 1 juli 2024; referentie 7244668';
    expect(redactPersonalData(text, servants)).toBe(text);
  });
});
