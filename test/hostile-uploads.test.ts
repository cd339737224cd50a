import type { FastifyInstance } from 'fastify';
import { basename, join } from 'node:path';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPart, packRepeated, sheetXml, workbookParts, writeZip } from './support/build-test-workbook.ts';
import { type AccessFixture, createAccessFixture, sessionHeaders } from './support/access-test-fixture.ts';
import { createServer } from '../src/server/create-server.ts';

/**
 * Hostile files sent to a real server the way a steward's browser sends them, while someone else
 * keeps asking the health check: the server answers the file with a located error (or quarantines
 * the row), stays under 1 GB, and keeps answering everyone else within 100 ms.
 */
let fixture: AccessFixture;
let app: FastifyInstance;
let url: string;
let steward: Record<string, string>;
const run = promisify(execFile);

beforeAll(async () => {
  fixture = await createAccessFixture();
  app = createServer({
    store: fixture.store,
    webRoot: '/nonexistent',
    apiRateLimits: { reads: 100_000, writes: 100_000, uploads: 100_000 },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('no address');
  url = `http://127.0.0.1:${address.port}`;
  steward = await sessionHeaders(fixture.store, fixture.users.policeSteward, new Date());
  await (await fetch(`${url}/api/health`)).json(); // the first request loads the HTTP client: not the server's wait
});
afterAll(async () => {
  await app?.close();
  fixture?.close();
});

/** Asks /api/health every 10 ms until stopped; returns the slowest answer and the largest RSS seen. */
function watchHealth() {
  let running = true;
  let slowestMs = 0;
  let answers = 0;
  let maxRss = process.memoryUsage().rss;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${url}/api/health`);
      await response.json();
      slowestMs = Math.max(slowestMs, performance.now() - started);
      if (response.status === 200) answers++;
      maxRss = Math.max(maxRss, process.memoryUsage().rss);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { slowestMs, answers, maxRssMb: maxRss / (1024 * 1024) };
  };
}

/**
 * Sends a file as a steward's browser would: from another process, so that building and sending
 * the request does not hold up this process, which plays the server.
 */
async function upload(
  recordType: string,
  period: string,
  fileName: string,
  body: Buffer | string,
  type: string,
  base = url,
) {
  return send(recordType, period, stage(fileName, body), type, base);
}

/** Writes a file to send: done before the watching starts, since writing 40 MB takes this process a while too. */
function stage(fileName: string, body: Buffer | string): string {
  const file = join(fixture.dir, fileName);
  writeFileSync(file, body);
  return file;
}

async function send(recordType: string, period: string, file: string, type: string, base = url) {
  const fileName = basename(file);
  const sender = `const [target, headers, type, file] = process.argv.slice(1);
    fetch(target, { method: 'POST', headers: { ...JSON.parse(headers), 'content-type': type }, body: require('node:fs').readFileSync(file) })
      .then(async (r) => { const b = await r.json(); delete b.report; process.stdout.write(JSON.stringify({ status: r.status, body: b })); });`;
  const target = `${base}/api/deliveries?recordType=${recordType}&period=${period}&fileName=${fileName}`;
  const { stdout } = await run(process.execPath, ['-e', sender, target, JSON.stringify(steward), type, file], {
    maxBuffer: 10 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { status: number; body: Record<string, unknown> };
}

const deliveriesOf = async (period: string) =>
  fixture.store.all("SELECT delivery_id FROM delivery WHERE source = 'police' AND period = ?", [period]);

describe('hostile uploads to a running server', () => {
  it('answers an XLSX with 60 million shared strings with a located error, under 1 GB, while the health check answers within 100 ms', async () => {
    const dir = fixture.dir;
    const file = join(dir, 'bomb-upload.xlsx');
    const strings = packRepeated(
      'xl/sharedStrings.xml',
      '<?xml version="1.0"?><sst>',
      '<si><t>x</t></si>'.repeat(62_500),
      960,
      '</sst>',
    );
    writeZip(
      file,
      workbookParts(
        packPart('xl/worksheets/sheet1.xml', sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')),
        strings,
      ),
    );
    const stop = watchHealth();
    const answer = await send(
      'person',
      '2040',
      file,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const watched = await stop();
    if (process.env.ZICHT_DEBUG) console.log(watched);
    expect(answer.status).toBe(400);
    expect(String(answer.body.error)).toContain('xl/sharedStrings.xml');
    expect(watched.answers).toBeGreaterThan(0);
    expect(watched.slowestMs).toBeLessThan(100);
    expect(watched.maxRssMb).toBeLessThan(1024);
    expect(await deliveriesOf('2040')).toEqual([]);
  });

  it('quarantines one 40 MB JSON line as its row in linear time, while the health check answers within 100 ms', async () => {
    const good = JSON.stringify({
      source: 'police',
      person_id: 'HOSTILE-1',
      role: 'victim',
      sex: 'F',
      birth_year_month: '2012-04',
    });
    const long = `{"source":"police","person_id":"${'x'.repeat(40 * 1024 * 1024)}"}`;
    const file = stage('long-line.jsonl', `${good}\n${long}`);
    const stop = watchHealth();
    const started = performance.now();
    const answer = await send('person', '2041', file, 'application/x-ndjson');
    const seconds = (performance.now() - started) / 1000;
    const watched = await stop();
    if (process.env.ZICHT_DEBUG) console.log(watched);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsQuarantined: 1 });
    expect(seconds).toBeLessThan(30); // 176 s when the line was split by re-scanning a growing buffer
    expect(watched.answers).toBeGreaterThan(0);
    expect(watched.slowestMs).toBeLessThan(100);
    expect(watched.maxRssMb).toBeLessThan(1024);
  });

  it('refuses a UTF-16 file with one message that says so, and stores nothing', async () => {
    const text =
      'source,person_id,role,sex,birth_year_month,link_bsn,link_name_dob,link_bloom_name,link_bloom_dob\npolice,U16-1,victim,F,2012-04,,,,\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const answer = await upload('person', '2042', 'utf16.csv', utf16, 'text/csv');
    expect(answer.status).toBe(400);
    expect(String(answer.body.error)).toMatch(/UTF-16/);
    expect(String(answer.body.error)).toMatch(/UTF-8/);
    expect(await deliveriesOf('2042')).toEqual([]);
  });

  it('refuses a file over the upload limit while it streams in, with what to do, and stores nothing', async () => {
    const small = createServer({ store: fixture.store, webRoot: '/nonexistent', uploadLimitBytes: 1024 });
    await small.listen({ host: '127.0.0.1', port: 0 });
    const address = small.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const answer = await upload('person', '2043', 'too-big.csv', 'x'.repeat(4096), 'text/csv', base);
      expect(answer.status).toBe(413);
      expect(String(answer.body.error)).toContain('split it by period');
    } finally {
      await small.close();
    }
    expect(await deliveriesOf('2043')).toEqual([]);
  });
});
