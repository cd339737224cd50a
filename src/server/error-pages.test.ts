import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.ts';
import { createServer } from './create-server.ts';

let dir: string;
let store: Store;
let app: FastifyInstance;
const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-errors-'));
  store = await openStore(join(dir, 'zicht.duckdb'));
  const webRoot = join(dir, 'web');
  mkdirSync(webRoot);
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>app</title>');
  mkdirSync(join(dir, 'site', 'en'), { recursive: true });
  writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html><title>site</title>');
  app = createServer({ store, webRoot, siteRoot: join(dir, 'site') });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pages that are not there', () => {
  it('answers a browser with a Dutch 404 page that leads back to every part of Zicht', async () => {
    const response = await app.inject({ url: '/bestaat-niet', headers: html });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('<html lang="nl">');
    expect(response.body).toContain('<h1>Pagina niet gevonden</h1>');
    for (const href of ['href="/"', 'href="/publicatie/"', 'href="/opvolging/edities"', 'href="/inloggen"'])
      expect(response.body).toContain(href);
  });

  it('answers in English for a missing page of the English edition or with ?lang=en', async () => {
    for (const url of ['/publicatie/en/nothing.html', '/nothing?lang=en']) {
      const response = await app.inject({ url, headers: html });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).toContain('<html lang="en">');
      expect(response.body, url).toContain('<h1>Page not found</h1>');
      expect(response.body, url).toContain('href="/opvolging/edities?lang=en"');
    }
    const dutch = await app.inject({ url: '/publicatie/geen.html', headers: html });
    expect(dutch.body).toContain('<h1>Pagina niet gevonden</h1>');
  });

  it('answers a client that does not ask for HTML in JSON', async () => {
    const response = await app.inject({ url: '/bestaat-niet' });
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body)).toEqual({ error: 'No such route: GET /bestaat-niet' });
  });

  it('keeps JSON for the API, whatever the client accepts', async () => {
    const response = await app.inject({ url: '/api/nothing-here', headers: html });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(response.body)).toEqual({ error: 'No such route: GET /api/nothing-here' });
  });

  it('serves an SVG favicon at /favicon.ico, so no browser gets a 404 for it', async () => {
    const response = await app.inject({ url: '/favicon.ico' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(response.body).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('still serves the published site and the app', async () => {
    expect((await app.inject({ url: '/publicatie/', headers: html })).body).toContain('<title>site</title>');
    expect((await app.inject({ url: '/', headers: html })).body).toContain('<title>app</title>');
    expect((await app.inject({ url: '/opvolging/edities', headers: html })).body).toContain('<title>app</title>');
  });
});
