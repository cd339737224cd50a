import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openStore, type Store } from '../store/index.ts';
import { requestKind } from './api-rate-limit.ts';
import { createServer } from './create-server.ts';

let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openStore(':memory:');
  app = createServer({
    store,
    webRoot: '/nonexistent',
    apiRateLimits: { reads: 4, writes: 2, uploads: 1 },
    loginRateLimit: 3,
  });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  store?.close();
});

const statuses = async (n: number, request: () => Promise<LightMyRequestResponse>) => {
  const codes: number[] = [];
  for (let i = 0; i < n; i++) codes.push((await request()).statusCode);
  return codes;
};

describe('the /api rate limit', () => {
  it('tells reads, writes and uploads apart', () => {
    expect(requestKind('GET', '/api/deliveries')).toBe('reads');
    expect(requestKind('POST', '/api/deliveries')).toBe('uploads');
    expect(requestKind('POST', '/api/followup/import')).toBe('uploads');
    expect(requestKind('POST', '/api/linkage/review')).toBe('writes');
  });

  it('limits each address per kind of request, with a 429 in Dutch and English', async () => {
    const read = (ip: string) => () => app.inject({ url: '/api/session', remoteAddress: ip });
    expect(await statuses(6, read('10.1.0.1'))).toEqual([200, 200, 200, 200, 429, 429]);
    const refused = await app.inject({ url: '/api/followup/editions', remoteAddress: '10.1.0.1' });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(refused.body).error).toMatch(
      /^Te veel verzoeken van dit adres; probeer het over \d+ seconden opnieuw\. — Too many requests from this address; try again in \d+ seconds\.$/,
    );
    // another address, and this address's writes, have their own allowance
    expect(await statuses(1, read('10.1.0.2'))).toEqual([200]);
    const write = () => app.inject({ method: 'POST', url: '/api/logout', remoteAddress: '10.1.0.1' });
    expect(await statuses(3, write)).toEqual([401, 401, 429]);
    const upload = () =>
      app.inject({
        method: 'POST',
        url: '/api/deliveries',
        remoteAddress: '10.1.0.1',
        payload: 'x',
        headers: { 'content-type': 'text/csv' },
      });
    expect(await statuses(2, upload)).toEqual([401, 429]);
  });

  it('leaves the dashboard data and the health check alone: they come from memory, for every visitor', async () => {
    expect(await statuses(8, () => app.inject({ url: '/api/health', remoteAddress: '10.1.0.5' }))).toEqual(
      Array(8).fill(200),
    );
    // no pipeline run in this store: 404, but never 429
    expect(
      new Set(await statuses(8, () => app.inject({ url: '/api/monitor', remoteAddress: '10.1.0.5' }))),
    ).not.toContain(429);
  });

  it('keeps the stricter sign-in limit, and leaves the web app alone', async () => {
    const login = () =>
      app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { email: 'nobody@test.example', password: 'x' },
        remoteAddress: '10.1.0.3',
      });
    expect(await statuses(4, login)).toEqual([401, 401, 401, 429]);
    expect(await statuses(6, () => app.inject({ url: '/', remoteAddress: '10.1.0.4' }))).toEqual([
      503, 503, 503, 503, 503, 503,
    ]);
  });
});
