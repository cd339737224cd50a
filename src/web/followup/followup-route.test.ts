import { describe, expect, it } from 'vitest';
import { followupRouteFor } from './followup-app.tsx';

describe('the follow-up pages by path', () => {
  it('the officer screen, an edition’s public page and its workspace; anything else is not a follow-up page', () => {
    expect(followupRouteFor('/opvolging/')).toEqual({ page: 'officer' });
    expect(followupRouteFor('/opvolging/editie/2020-2024')).toEqual({ page: 'edition', editionId: '2020-2024' });
    expect(followupRouteFor('/opvolging/editie/2020-2024/werk')).toEqual({ page: 'workspace', editionId: '2020-2024' });
    expect(followupRouteFor('/opvolging/editie/a%20b/werk/')).toEqual({ page: 'workspace', editionId: 'a b' });
    expect(followupRouteFor('/opvolging/editie/2020-2024/iets')).toBeNull();
    expect(followupRouteFor('/opvolging/edities')).toBeNull();
  });
});
