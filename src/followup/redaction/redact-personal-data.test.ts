import { describe, expect, it } from 'vitest';
import {
  applyConfirmedRedactions,
  personalDataOf,
  redactionMark,
  redactPersonalData,
  wooGroundsStatement,
} from './redact-personal-data.ts';

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

describe('applyConfirmedRedactions', () => {
  const confirmed = [
    { text: 'Jansen', ground: '5.1.2e' as const },
    { text: 'Pieter Jansen', ground: '5.1.2e' as const },
    { text: 'Dit vinden wij te defensief.', ground: '5.2' as const },
  ];

  it('replaces every occurrence in any case, longest first, with the mark of its ground', () => {
    const text = 'Akkoord, pieter JANSEN. Dit vinden wij  te defensief. Groet, Jansen (Pieter Jansen).';
    expect(applyConfirmedRedactions(text, confirmed)).toBe(
      'Akkoord, [5.1.2e Woo]. [5.2 Woo] Groet, [5.1.2e Woo] ([5.1.2e Woo]).',
    );
  });

  it('matches whole words only where the text starts or ends with a letter', () => {
    expect(applyConfirmedRedactions('Janssen en Jansens blijven, Jansen niet', confirmed)).toBe(
      'Janssen en Jansens blijven, [5.1.2e Woo] niet',
    );
    expect(applyConfirmedRedactions('Ann', [{ text: 'Ann', ground: '5.1.2e' }])).toBe('[5.1.2e Woo]');
    expect(applyConfirmedRedactions('Annemarie', [{ text: 'Ann', ground: '5.1.2e' }])).toBe('Annemarie');
  });

  it('never redacts inside a mark it placed and leaves text alone without confirmations', () => {
    expect(applyConfirmedRedactions('Woo en Jansen', [...confirmed, { text: 'Woo', ground: '5.2' }])).toBe(
      '[5.2 Woo] en [5.1.2e Woo]',
    );
    expect(applyConfirmedRedactions('Pieter Jansen', [])).toBe('Pieter Jansen');
  });
});

describe('wooGroundsStatement', () => {
  it('names each ground used, once, and nothing when none', () => {
    expect(wooGroundsStatement([])).toBe('');
    const one = wooGroundsStatement(['5.1.2e', '5.1.2e']);
    expect(one).toContain('art. 5.1, tweede lid, onder e Woo: persoonlijke levenssfeer van ambtenaren');
    expect(one).not.toContain('art. 5.2');
    const both = wooGroundsStatement(['5.2', '5.1.2e']);
    expect(both).toContain('[5.1.2e Woo]');
    expect(both).toContain('art. 5.2 Woo: persoonlijke beleidsopvattingen in intern beraad');
    expect(both.indexOf('5.1, tweede lid')).toBeLessThan(both.indexOf('art. 5.2'));
  });
});
