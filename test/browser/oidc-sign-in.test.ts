import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser, oidcConfigFromEnv } from '../../src/access/index.ts';
import { type FakeIdentityProvider, startFakeIdentityProvider } from '../support/fake-identity-provider.ts';
import { createServer } from '../../src/server/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { axeViolations } from './axe-violations.ts';
import { launchChromium } from './launch-chromium.ts';

const dist = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const screenshots = fileURLToPath(new URL('../../test-results/', import.meta.url));

let browser: Awaited<ReturnType<typeof launchChromium>>;
let idp: FakeIdentityProvider;
let store: Store;
let dir: string;
let app: FastifyInstance;
let url: string;
let setupError: unknown;

/** The callback URL is part of the configuration, so the port is chosen before the server starts. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

beforeAll(async () => {
  try {
    idp = await startFakeIdentityProvider();
    dir = await mkdtemp(join(tmpdir(), 'zicht-oidc-'));
    store = await openStore(join(dir, 'zicht.duckdb'));
    await createUser(
      store,
      {
        name: 'Beleidsmedewerker Test',
        email: 'beleid@test.example',
        role: 'officer',
        password: 'a long enough password',
      },
      new Date(),
    );
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const oidc = oidcConfigFromEnv({
      ZICHT_OIDC_ISSUER: idp.issuer,
      ZICHT_OIDC_CLIENT_ID: idp.clientId,
      ZICHT_OIDC_CLIENT_SECRET: idp.clientSecret,
      ZICHT_OIDC_REDIRECT_URI: `${url}/api/oidc/callback`,
      ZICHT_OIDC_LABEL: 'Ministerie van Testzaken',
      ZICHT_OIDC_ROLES: 'beleid=officer',
    });
    app = createServer({ store, webRoot: dist, oidc });
    await app.listen({ host: '127.0.0.1', port });
    browser = await launchChromium();
    await mkdir(screenshots, { recursive: true });
  } catch (error) {
    setupError = error;
  }
});

beforeEach(async () => {
  if (setupError) throw setupError;
  await browser.context.clearCookies();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await idp?.close();
  store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${url}${path}`);
  await page.locator('form.login-form').waitFor();
  return { page, problems };
}

describe('sign-in with the organisation’s identity provider', () => {
  it('a known account signs in through the IdP and lands on its home page', async () => {
    idp.signInAs({ sub: 'idp-officer', email: 'beleid@test.example', email_verified: true, groups: ['beleid'] });
    const { page, problems } = await open('/werk');
    const button = page.getByRole('link', { name: 'Inloggen met Ministerie van Testzaken' });
    await button.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}role-login-oidc.png`, fullPage: true });
    await button.click();
    await page.locator('h1', { hasText: 'Beleidsmedewerker' }).waitFor();
    await expect(page.locator('.signed-in').textContent()).resolves.toBe(
      'Ingelogd als Beleidsmedewerker Test (beleidsmedewerker)',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('someone without a Zicht account is sent back with the reason, in English too', async () => {
    idp.signInAs({ sub: 'idp-stranger', email: 'stranger@test.example', email_verified: true, groups: ['beleid'] });
    const { page, problems } = await open('/werk?lang=en');
    await page.getByRole('link', { name: 'Sign in with Ministerie van Testzaken' }).click();
    await page.waitForURL(`${url}/inloggen?sso=unknown-account&lang=en`);
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'There is no Zicht account with your organisation’s e-mail address. Ask the Zicht administrator for an account.',
    );
    expect(problems).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${screenshots}role-login-oidc-refused.png`, fullPage: true });
    await page.close();
  });
});
