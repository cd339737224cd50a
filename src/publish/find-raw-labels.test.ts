import { describe, expect, it } from 'vitest';
import { columnLabel, formatCell } from './column-labels.ts';
import { isRawCell, isRawHeading, isSeparatedYear, rawLabelsInText } from './find-raw-labels.ts';

describe('the raw-label checker catches what a reader must not see', () => {
  it('finds snake_case codes and separated years in running text, and nothing in a clean sentence', () => {
    expect(rawLabelsInText('Meest geregistreerd door veilig_thuis in 2.018.')).toEqual(['veilig_thuis', 'in 2.018']);
    expect(rawLabelsInText('From 2,018–2,025 the share rose')).toEqual(['2,018–2,025']);
    expect(rawLabelsInText('In 2018 registreerden de partners 2.042 kinderen (2018–2025).')).toEqual([]);
  });

  it('flags raw column headers as the issue found them, and not their labels', () => {
    for (const raw of [
      'with complaint',
      'norm days',
      'target share',
      'p80 days',
      'step order',
      'year from',
      'observed',
      'hidden',
      'ratio',
      'share_within_norm',
    ])
      expect(isRawHeading(raw, 'nl'), raw).toBe(true);
    for (const id of [
      'with_complaint',
      'norm_days',
      'target_share',
      'p80_days',
      'step_order',
      'year_from',
      'observed',
      'hidden',
      'ratio',
      'model',
    ])
      for (const lang of ['nl', 'en'] as const)
        expect(isRawHeading(columnLabel(id, lang), lang), `${id} ${lang}`).toBe(false);
  });

  it('flags codes in cells and legends, and not their labels', () => {
    for (const code of [
      'dismissal_policy',
      'summons',
      'penal_order',
      'acquittal',
      'veilig_thuis',
      'victim_support',
      'unknown',
      'sexual_assault',
      'rape',
      'csam',
    ])
      expect(isRawCell(code), code).toBe(true);
    expect(isRawCell(formatCell('decision', 'summons', 'en'))).toBe(false);
    expect(isRawCell(formatCell('category', 'csam', 'nl'))).toBe(false);
    expect(isRawCell(formatCell('source', 'veilig_thuis', 'en'))).toBe(false);
  });

  it('would have caught the old formatting, and passes the new', () => {
    // The old formatter printed year_from with grouping: 2.018.
    expect(isSeparatedYear(new Intl.NumberFormat('nl-NL').format(2018))).toBe(true);
    expect(isSeparatedYear(formatCell('year_from', 2018, 'nl'))).toBe(false);
    expect(isSeparatedYear('2.000')).toBe(false);
    expect(formatCell('share', 0.4537, 'nl')).toBe('45,4');
    expect(formatCell('total', 58552.878248, 'nl')).toBe('58.550');
    expect(formatCell('observed', 2724, 'en')).toBe('2,724');
  });
});
