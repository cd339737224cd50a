import { describe, expect, it } from 'vitest';
import { analystPaths } from './analyst-nav.tsx';
import { analystPageOf } from './analyst-workspace.tsx';

describe('analystPageOf', () => {
  it('finds each analyst page from its path, with or without a trailing slash', () => {
    expect(analystPageOf(analystPaths.estimation)).toBe('estimation');
    expect(analystPageOf('/werk/edities/')).toBe('editions');
    expect(analystPageOf('/werk')).toBe('review');
    expect(analystPageOf('/werk/')).toBe('review');
  });

  it('shows the review queue for a path under /werk it does not know', () => {
    expect(analystPageOf('/werk/schattingen')).toBe('review');
  });
});
