import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that can end a text or an attribute, and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
    expect(escapeHtml('Rechtspraak – civiel’s 12')).toBe('Rechtspraak – civiel’s 12');
  });

  it('writes null and undefined as nothing and other values as their text', () => {
    expect([null, undefined, 42, false].map(escapeHtml)).toEqual(['', '', '42', 'false']);
  });

  it('leaves no markup character in any text, and decodes back to it (property)', () => {
    const decode = (html: string) =>
      html.replace(
        /&(amp|lt|gt|quot|#39);/g,
        (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] as string,
      );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '&', '<', '>', '"', "'", ';', '#', 'é') }), (text) => {
        const html = escapeHtml(text);
        expect(html).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|#39);)/);
        expect(decode(html)).toBe(text);
      }),
    );
  });
});
