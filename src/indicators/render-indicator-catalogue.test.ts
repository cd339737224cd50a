import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorRegistry } from './indicator-registry.ts';
import { renderIndicatorCatalogue } from './render-indicator-catalogue.ts';

describe('the indicator catalogue', () => {
  it('is documented exactly as registered (regenerate with `npx zicht docs indicators`)', () => {
    const path = new URL('../../docs/indicators.md', import.meta.url);
    const doc = readFileSync(path, 'utf8');
    const begin = '<!-- catalogue:begin -->';
    const end = '<!-- catalogue:end -->';
    const current = doc.slice(doc.indexOf(begin) + begin.length, doc.indexOf(end)).trim();
    const expected = renderIndicatorCatalogue();
    if (current !== expected) writeFileSync(new URL('../../docs/indicators.actual.md', import.meta.url), expected);
    expect(current).toBe(expected);
  });

  it('holds at least 25 indicators, each defined in both languages, with sources and breakdowns', () => {
    expect(indicatorRegistry.size).toBeGreaterThanOrEqual(25);
    for (const [id, d] of indicatorRegistry) {
      expect(id).toMatch(/^[a-z0-9-]+$/);
      for (const label of [d.title, d.definition, d.unit])
        expect(label.nl.length * label.en.length, id).toBeGreaterThan(0);
      expect(d.breakdowns.length, id).toBeGreaterThan(0);
      expect(d.sources.length, id).toBeGreaterThan(0);
      const placeholders = new Set([...d.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
      expect(Math.max(...placeholders), id).toBe(2 + (d.parameters?.length ?? 0));
    }
  });
});
