import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from '../access/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { createServer } from './create-server.ts';
import { requestIdOf } from './request-id.ts';
import { parseLogLevel, scrubLogText, serverLoggerOptions } from './server-log.ts';
import { truncateAddress } from './truncate-address.ts';

const now = new Date('2026-03-25T10:00:00Z');
const email = 'ana.liste@test.example';
const password = 'correct horse battery staple';
let store: Store;
let app: FastifyInstance;
const lines: string[] = [];
type Line = Record<string, unknown> & { requestId?: string; msg?: string; level?: number };
const parsed = () => lines.map((l) => JSON.parse(l) as Line);
const requestLines = () => parsed().filter((l) => l.msg === 'request');

beforeAll(async () => {
  store = await openStore(':memory:');
  await createUser(store, { name: 'Ana Liste', email, role: 'analyst', password }, now);
  app = createServer({
    store,
    webRoot: '/nonexistent',
    now: () => now,
    loginRateLimit: 1000,
    log: { level: 'info', stream: { write: (line) => lines.push(line) } },
  });
  // a fault of the server, as a bug or a broken disk would cause it, naming personal data in its message
  app.get('/test-fault', async () => {
    throw new Error(`lookup failed for ${email} at /api/users?email=${email}`);
  });
  await app.ready();
});
beforeEach(() => {
  lines.length = 0;
});
afterAll(async () => {
  await app?.close();
  store?.close();
});

async function signIn() {
  const response = await app.inject({
    method: 'POST',
    url: '/api/login?next=%2Fwerk%2Fgeheim-pad',
    payload: { email, password },
  });
  const cookie = String(response.headers['set-cookie'] ?? '').split(';')[0] ?? '';
  const csrfToken = (JSON.parse(response.body) as { csrfToken: string }).csrfToken;
  return { response, cookie, csrfToken, token: cookie.split('=')[1] ?? '' };
}

describe('the request log', () => {
  it('writes one line per request with its id, method, route pattern, status and time, and no e-mail, password or query', async () => {
    const { response } = await signIn();
    expect(response.statusCode).toBe(200);
    expect(lines).toHaveLength(1);
    const [line] = requestLines();
    expect(line).toMatchObject({
      level: 30,
      method: 'POST',
      route: '/api/login',
      statusCode: 200,
      requestId: response.headers['x-request-id'],
    });
    expect(line?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof line?.responseTime).toBe('number');
    for (const secret of [email, 'ana.liste', password, 'geheim-pad', 'next=']) expect(lines[0]).not.toContain(secret);
  });

  it('keeps the session cookie, the CSRF token and query values out of the line of a signed-in request', async () => {
    const { cookie, csrfToken, token } = await signIn();
    lines.length = 0;
    const response = await app.inject({
      method: 'POST',
      url: `/api/logout?who=${encodeURIComponent(email)}&reason=verhuisd-naar-utrecht`,
      headers: { cookie, 'x-csrf-token': csrfToken, authorization: 'Bearer not-for-the-log' },
    });
    expect(response.statusCode).toBe(200);
    expect(requestLines()).toEqual([
      expect.objectContaining({
        method: 'POST',
        route: '/api/logout',
        statusCode: 200,
        requestId: response.headers['x-request-id'],
      }),
    ]);
    const text = lines.join('');
    expect(token.length).toBeGreaterThan(20);
    for (const secret of [token, csrfToken, 'not-for-the-log', email, 'verhuisd-naar-utrecht', 'who='])
      expect(text).not.toContain(secret);
  });

  it('logs the route pattern of an unknown path, not the path with its query, in one line', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/nothing-here?email=${email}` });
    expect(response.statusCode).toBe(404);
    expect(requestLines()).toEqual([expect.objectContaining({ route: null, statusCode: 404 })]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(email);
    expect(lines[0]).not.toContain('nothing-here');
  });

  it('names the client’s network, not its address', async () => {
    await app.inject({ method: 'GET', url: '/api/health', remoteAddress: '203.0.113.77' });
    expect(requestLines()[0]?.client).toBe('203.0.113.0/24');
    expect(lines[0]).not.toContain('203.0.113.77');
  });

  it('keeps a proxy’s plain request id and replaces one that is not a plain token', async () => {
    const kept = await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'edge-4f2a9c' } });
    expect(kept.headers['x-request-id']).toBe('edge-4f2a9c');
    const replaced = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': `${email} forged line\n{"level":60}` },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLines().map((l) => l.requestId)).toEqual(['edge-4f2a9c', replaced.headers['x-request-id']]);
    expect(lines.join('')).not.toContain('forged');
  });

  it('logs a server fault with the request id the 500 answer gives, without the personal data in its message', async () => {
    const response = await app.inject({ method: 'GET', url: '/test-fault' });
    expect(response.statusCode).toBe(500);
    const body = JSON.parse(response.body) as { error: string; requestId: string };
    expect(body.error).toBe('Something went wrong on the server; it has been logged.');
    expect(body.requestId).toBe(response.headers['x-request-id']);
    const [fault] = parsed().filter((l) => l.msg === 'server error');
    expect(fault).toMatchObject({
      level: 50,
      requestId: body.requestId,
      err: { type: 'Error', message: 'lookup failed for [e-mail] at /api/users?[query]' },
    });
    expect(requestLines()).toEqual([
      expect.objectContaining({ requestId: body.requestId, statusCode: 500, route: '/test-fault' }),
    ]);
    expect(lines.join('')).not.toContain(email);
    expect(response.body).not.toContain(email);
  });

  it('redacts cookies, CSRF tokens and bodies from an object logged whole', () => {
    app.log.warn(
      { headers: { cookie: 'zicht_session=s3cr3t-cookie', 'x-csrf-token': 'csrf-value' }, body: { email, password } },
      'careless',
    );
    const [line] = parsed();
    expect(line).toMatchObject({ headers: { cookie: '[redacted]', 'x-csrf-token': '[redacted]' }, body: '[redacted]' });
    for (const secret of ['s3cr3t-cookie', 'csrf-value', email, password]) expect(lines[0]).not.toContain(secret);
  });
});

describe('the log level', () => {
  it('is silent unless asked: no logger at all, so tests and benches print nothing', () => {
    expect(serverLoggerOptions({ level: 'silent' })).toBe(false);
    expect(serverLoggerOptions({ level: 'info' })).toMatchObject({ level: 'info' });
  });

  it('writes no request lines at level warn, but does write a fault', async () => {
    const quiet: string[] = [];
    const warnOnly = createServer({
      store,
      webRoot: '/nonexistent',
      log: { level: 'warn', stream: { write: (line) => quiet.push(line) } },
    });
    warnOnly.get('/test-fault', async () => {
      throw new Error('broken');
    });
    await warnOnly.inject({ method: 'GET', url: '/api/health' });
    await warnOnly.inject({ method: 'GET', url: '/test-fault' });
    await warnOnly.close();
    expect(quiet.map((l) => (JSON.parse(l) as Line).msg)).toEqual(['server error']);
  });

  it('reads ZICHT_LOG_LEVEL and names the levels when it is wrong', () => {
    expect(parseLogLevel(' Info ')).toBe('info');
    expect(() => parseLogLevel('verbose')).toThrow(
      'log level "verbose" does not exist: use one of fatal, error, warn, info, debug, trace, silent',
    );
  });
});

describe('requestIdOf', () => {
  const fresh = () => 'generated';
  it('keeps plain tokens up to 64 characters and generates an id for anything else', () => {
    expect(requestIdOf({ headers: { 'x-request-id': 'abc-123_X.y' } }, fresh)).toBe('abc-123_X.y');
    expect(requestIdOf({ headers: { 'x-request-id': 'a'.repeat(64) } }, fresh)).toBe('a'.repeat(64));
    for (const bad of ['a'.repeat(65), '', 'has space', 'ana@test.example', 'line\nbreak', '{"json":1}']) {
      expect(requestIdOf({ headers: { 'x-request-id': bad } }, fresh), bad).toBe('generated');
    }
    expect(requestIdOf({ headers: {} }, fresh)).toBe('generated');
    expect(requestIdOf({ headers: { 'x-request-id': ['a', 'b'] as unknown as string } }, fresh)).toBe('generated');
  });
});

describe('truncateAddress', () => {
  it('cuts IPv4 to /24 and IPv6 to /48, IPv4-mapped IPv6 as IPv4', () => {
    expect(truncateAddress('192.168.17.254')).toBe('192.168.17.0/24');
    expect(truncateAddress('::ffff:10.1.2.3')).toBe('10.1.2.0/24');
    expect(truncateAddress('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::/48');
    expect(truncateAddress('2001:0db8::1')).toBe('2001:db8:0::/48');
    expect(truncateAddress('::1')).toBe('0:0:0::/48');
    expect(truncateAddress('not an address')).toBeNull();
  });
});

describe('scrubLogText', () => {
  it('takes out e-mail addresses and query strings and leaves the rest', () => {
    expect(scrubLogText('Route GET:/api/x?email=a%40b.nl&q=1 not found')).toBe('Route GET:/api/x?[query] not found');
    expect(scrubLogText('no user j.de.vries+werk@gemeente.example.nl here')).toBe('no user [e-mail] here');
    expect(scrubLogText('SELECT * FROM t WHERE a = ? AND b = ?')).toBe('SELECT * FROM t WHERE a = ? AND b = ?');
  });
});
