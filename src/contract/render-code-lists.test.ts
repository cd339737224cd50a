import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offenceCategories, offenceDefinitions, regimeOnDate } from './index.ts';
import { renderCodeLists } from './render-code-lists.ts';

describe('the contract documentation', () => {
  it('holds exactly the code lists the code validates (regenerate with `npx zicht docs code-lists`)', () => {
    const path = new URL('../../docs/data-contract.md', import.meta.url);
    const doc = readFileSync(path, 'utf8');
    const begin = '<!-- code-lists:begin -->';
    const end = '<!-- code-lists:end -->';
    const current = doc.slice(doc.indexOf(begin) + begin.length, doc.indexOf(end)).trim();
    const expected = renderCodeLists();
    if (current !== expected) writeFileSync(new URL('../../docs/data-contract.actual.md', import.meta.url), expected);
    expect(current).toBe(expected);
  });
});

describe('offence codes across the Wet seksuele misdrijven', () => {
  it('map every code of both regimes to a reporting category, and every old code to a new-law code', () => {
    for (const [code, d] of Object.entries(offenceDefinitions)) {
      expect(offenceCategories.codes, code).toContain(d.category);
      if (d.regime === 'zeden') {
        const successor = (d as { successor: string }).successor as keyof typeof offenceDefinitions;
        expect(offenceDefinitions[successor]?.regime, code).toBe('wsm');
      }
    }
    for (const category of offenceCategories.codes) {
      const regimes = new Set(
        Object.values(offenceDefinitions)
          .filter((d) => d.category === category)
          .map((d) => d.regime),
      );
      expect([...regimes].sort(), category).toEqual(['wsm', 'zeden']);
    }
  });

  it('switches regime on 1 July 2024', () => {
    expect(regimeOnDate('2024-06-30')).toBe('zeden');
    expect(regimeOnDate('2024-07-01')).toBe('wsm');
  });
});
