import { describe, expect, it } from 'vitest';
import { csvDataUrl } from './csv-data-url.ts';

describe('csvDataUrl', () => {
  it('encodes a UTF-8 data URL that decodes back to the CSV with a BOM', () => {
    const url = csvDataUrl('Bron,Aantal\r\nRechtspraak – civiel,12\r\n');
    expect(url.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(
      '\uFEFFBron,Aantal\r\nRechtspraak – civiel,12\r\n',
    );
  });
});
