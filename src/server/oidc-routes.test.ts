import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, oidcConfigFromEnv, setAccountDisabled } from '../access/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { createServer } from './create-server.ts';
import { type FakeIdentityProvider, startFakeIdentityProvider } from '../../test/support/fake-identity-provider.ts';
import { oidcRoutePolicy } from './route-policy.ts';

let idp: FakeIdentityProvider;
let store: Store;
let app: FastifyInstance;
const zicht = 'http://127.0.0.1:4999';

beforeAll(async () => {
  idp = await startFakeIdentityProvider();
  store = await openStore(':memory:');
  const now = new Date();
  await createUser(
    store,
    { name: 'Ana Liste', email: 'ana@test.example', role: 'analyst', password: 'a long enough password' },
    now,
  );
  await createUser(
    store,
    {
      name: 'Stef Politie',
      email: 'stef@test.example',
      role: 'steward',
      organisation: 'police',
      password: 'a long enough password',
    },
    now,
  );
  const oidc = oidcConfigFromEnv({
    ZICHT_OIDC_ISSUER: idp.issuer,
    ZICHT_OIDC_CLIENT_ID: idp.clientId,
    ZICHT_OIDC_CLIENT_SECRET: idp.clientSecret,
    ZICHT_OIDC_REDIRECT_URI: `${zicht}/api/oidc/callback`,
    ZICHT_OIDC_LABEL: 'Ministerie van Testzaken',
    ZICHT_OIDC_ROLES: 'zicht-analisten=analyst, zicht-ketenpartners=steward',
    ZICHT_OIDC_ORGANISATION_CLAIM: 'organisation',
  });
  app = createServer({ store, webRoot: '/nonexistent', oidc });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await idp?.close();
  store?.close();
});

/** The browser's round trip: Zicht → IdP (which signs in `identity`) → Zicht's callback. */
async function signInAtIdp(identity: Parameters<FakeIdentityProvider['signInAs']>[0], query = '') {
  idp.signInAs(identity);
  const start = await app.inject({ url: `/api/oidc/start${query}` });
  expect(start.statusCode).toBe(302);
  const stateCookie = String(start.headers['set-cookie']).split(';')[0] ?? '';
  const atIdp = await fetch(String(start.headers.location), { redirect: 'manual' });
  const back = new URL(atIdp.headers.get('location') ?? '');
  const callback = await app.inject({ url: `${back.pathname}${back.search}`, headers: { cookie: stateCookie } });
  const session = String(callback.headers['set-cookie'] ?? '').match(/zicht_session=[^;]+/)?.[0] ?? null;
  return { start, callback, location: String(callback.headers.location), session };
}

const sessionUser = async (cookie: string) =>
  JSON.parse((await app.inject({ url: '/api/session', headers: { cookie } })).body).user;
const audit = () =>
  store.all<{ action: string; target: string }>(
    "SELECT action, target FROM audit_log WHERE action = 'login.oidc' ORDER BY seq",
  );

describe('sign-in with OpenID Connect', () => {
  it('is off by default and named on the sign-in page when configured', async () => {
    expect(oidcConfigFromEnv({})).toBeNull();
    const plain = createServer({ store, webRoot: '/nonexistent' });
    expect(JSON.parse((await plain.inject({ url: '/api/session' })).body).signInWith).toBeNull();
    expect((await plain.inject({ url: '/api/oidc/start' })).statusCode).toBe(404);
    await plain.close();
    expect(JSON.parse((await app.inject({ url: '/api/session' })).body).signInWith).toBe('Ministerie van Testzaken');
    for (const rule of oidcRoutePolicy) expect(app.hasRoute({ method: rule.method, url: rule.url })).toBe(true);
  });

  it('signs in a known account with the authorization code flow and PKCE', async () => {
    const { start, location, session } = await signInAtIdp(
      { sub: 'idp-1', email: 'Ana@Test.example', email_verified: true, groups: ['zicht-analisten'] },
      '?lang=en',
    );
    const authorize = new URL(String(start.headers.location));
    expect(authorize.origin).toBe(idp.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${zicht}/api/oidc/callback`);
    // the verifier went to the token endpoint only, never through the browser
    const verifier = idp.log.token.at(-1)?.get('code_verifier') ?? '';
    expect(verifier).toMatch(/^[\w-]{43,}$/);
    expect(String(start.headers.location)).not.toContain(verifier);
    expect(location).toBe('/werk?lang=en');
    expect(session).not.toBeNull();
    expect((await sessionUser(session ?? '')).email).toBe('ana@test.example');
    expect((await audit()).at(-1)).toEqual({ action: 'login.oidc', target: 'user:ana@test.example' });
  });

  it('refuses whoever has no account, a disabled account, a group without the role, or another organisation', async () => {
    const refused = async (identity: Parameters<FakeIdentityProvider['signInAs']>[0]) => {
      const result = await signInAtIdp(identity);
      expect(result.session).toBeNull();
      return result.location;
    };
    expect(
      await refused({ sub: 'x', email: 'stranger@test.example', email_verified: true, groups: ['zicht-analisten'] }),
    ).toBe('/inloggen?sso=unknown-account');
    expect(
      await refused({ sub: 'x', email: 'ana@test.example', email_verified: false, groups: ['zicht-analisten'] }),
    ).toBe('/inloggen?sso=no-email');
    expect(
      await refused({ sub: 'x', email: 'ana@test.example', email_verified: true, groups: ['zicht-ketenpartners'] }),
    ).toBe('/inloggen?sso=role');
    expect(
      await refused({
        sub: 'x',
        email: 'stef@test.example',
        email_verified: true,
        groups: 'zicht-ketenpartners',
        organisation: 'csg',
      }),
    ).toBe('/inloggen?sso=organisation');
    const stef = await signInAtIdp({
      sub: 'y',
      email: 'stef@test.example',
      email_verified: true,
      groups: 'zicht-ketenpartners',
      organisation: 'police',
    });
    expect((await sessionUser(stef.session ?? '')).organisation).toBe('police');
    const ana = await store.all<{ user_id: string }>("SELECT user_id FROM app_user WHERE email = 'ana@test.example'");
    await setAccountDisabled(store, { userId: ana[0]?.user_id ?? '', disabled: true, by: null }, new Date());
    expect(
      await refused({ sub: 'x', email: 'ana@test.example', email_verified: true, groups: ['zicht-analisten'] }),
    ).toBe('/inloggen?sso=disabled');
    expect((await audit()).map((a) => a.target)).toContain('user:stranger@test.example refused:unknown-account');
  });

  it('refuses a callback without the browser’s state cookie (a forged or replayed redirect)', async () => {
    idp.signInAs({
      sub: 'idp-2',
      email: 'stef@test.example',
      email_verified: true,
      groups: ['zicht-ketenpartners'],
      organisation: 'police',
    });
    const start = await app.inject({ url: '/api/oidc/start' });
    const back = new URL(
      (await fetch(String(start.headers.location), { redirect: 'manual' })).headers.get('location') ?? '',
    );
    const forged = await app.inject({ url: `${back.pathname}${back.search}` });
    expect(forged.headers.location).toBe('/inloggen?sso=expired');
    expect(String(forged.headers['set-cookie'] ?? '')).not.toContain('zicht_session=');
    // the browser that started it gets in, once: replaying the same redirect finds the state used up
    const cookie = String(start.headers['set-cookie']).split(';')[0] ?? '';
    expect((await app.inject({ url: `${back.pathname}${back.search}`, headers: { cookie } })).headers.location).toBe(
      '/werk',
    );
    expect((await app.inject({ url: `${back.pathname}${back.search}`, headers: { cookie } })).headers.location).toBe(
      '/inloggen?sso=expired',
    );
    // another attempt's state cookie does not match this redirect's state
    const other = await app.inject({ url: '/api/oidc/start' });
    const otherCookie = String(other.headers['set-cookie']).split(';')[0] ?? '';
    const again = new URL(
      (await fetch(String(start.headers.location), { redirect: 'manual' })).headers.get('location') ?? '',
    );
    expect(
      (await app.inject({ url: `${again.pathname}${again.search}`, headers: { cookie: otherCookie } })).headers
        .location,
    ).toBe('/inloggen?sso=failed');
  });
});

describe('oidcConfigFromEnv', () => {
  it('names every variable that is missing or wrong', () => {
    expect(() =>
      oidcConfigFromEnv({
        ZICHT_OIDC_ISSUER: 'https://idp.example',
        ZICHT_OIDC_REDIRECT_URI: 'https://zicht.example/callback',
        ZICHT_OIDC_ROLES: 'admins=root',
      }),
    ).toThrow(
      /ZICHT_OIDC_CLIENT_ID: .*ZICHT_OIDC_CLIENT_SECRET: .*ZICHT_OIDC_REDIRECT_URI: the redirect URI must end in \/api\/oidc\/callback.*ZICHT_OIDC_LABEL: .*ZICHT_OIDC_ROLES: "admins=root" is not group=role/,
    );
  });
});
