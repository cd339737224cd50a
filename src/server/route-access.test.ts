import type { FastifyInstance, InjectOptions } from 'fastify';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../access/index.ts';
import { recordColumns } from '../contract/index.ts';
import { ingestDelivery } from '../deliveries/index.ts';
import {
  commitmentsToCsv,
  loadEditionRecord,
  loadFollowupData,
  redactionState,
  storeNewEdition,
  storeNewRecommendation,
} from '../followup/index.ts';
import { storeNewPost } from '../followup/commitments/commitment-store.ts';
import { createEdition } from '../publish/index.ts';
import {
  type AccessFixture,
  createAccessFixture,
  type FixtureUser,
  fixtureNow,
  sessionHeaders,
} from '../../test/support/access-test-fixture.ts';
import { createServer } from './create-server.ts';
import { type RouteRule, routePolicy } from './route-policy.ts';

// the minister's office last: its sample workflow step (reject the 2020–2024 memo) succeeds once
const actors = ['anonymous', 'administrator', 'steward', 'analyst', 'officer', 'ministerOffice'] as const;
type Actor = (typeof actors)[number];
/** 404: the public version of a letter not sent to Parliament yet, for everyone who may ask for it. */
type Outcome = 401 | 403 | 404 | '2xx';

// The answer key, written out by hand from what each role is for, never read from routePolicy: a rule that lets
// in too many (or too few) fails here. Anonymous callers are refused with 401, signed-in callers of the wrong role
// with 403; '2xx' means the route's sample request succeeds. Each row is written out in full, so that changing
// one route's expectation cannot change another's.
const expectedAccess: Readonly<Record<string, Readonly<Record<Actor, Outcome>>>> = {
  // the public reads the monitor, sees whether it is signed in, and anyone may try to sign in
  'GET /api/health': {
    anonymous: '2xx',
    administrator: '2xx',
    steward: '2xx',
    analyst: '2xx',
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/monitor': {
    anonymous: '2xx',
    administrator: '2xx',
    steward: '2xx',
    analyst: '2xx',
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/session': {
    anonymous: '2xx',
    administrator: '2xx',
    steward: '2xx',
    analyst: '2xx',
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'POST /api/login': {
    anonymous: '2xx',
    administrator: '2xx',
    steward: '2xx',
    analyst: '2xx',
    officer: '2xx',
    ministerOffice: '2xx',
  },
  // every role has an account of its own to sign out of and a password of its own to change
  'POST /api/logout': {
    anonymous: 401,
    administrator: '2xx',
    steward: '2xx',
    analyst: '2xx',
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'POST /api/account/password': {
    anonymous: 401,
    administrator: '2xx',
    steward: '2xx',
    analyst: '2xx',
    officer: '2xx',
    ministerOffice: '2xx',
  },
  // stewards deliver their own organisation's data (and roll back, confirm); analysts read reports to link and estimate
  'GET /api/deliveries': {
    anonymous: 401,
    administrator: 403,
    steward: '2xx',
    analyst: '2xx',
    officer: 403,
    ministerOffice: 403,
  },
  'POST /api/deliveries': {
    anonymous: 401,
    administrator: 403,
    steward: '2xx',
    analyst: 403,
    officer: 403,
    ministerOffice: 403,
  },
  'GET /api/deliveries/:id/report': {
    anonymous: 401,
    administrator: 403,
    steward: '2xx',
    analyst: '2xx',
    officer: 403,
    ministerOffice: 403,
  },
  'GET /api/deliveries/:id/quarantine': {
    anonymous: 401,
    administrator: 403,
    steward: '2xx',
    analyst: '2xx',
    officer: 403,
    ministerOffice: 403,
  },
  'POST /api/deliveries/:id/rollback': {
    anonymous: 401,
    administrator: 403,
    steward: '2xx',
    analyst: 403,
    officer: 403,
    ministerOffice: 403,
  },
  'POST /api/deliveries/:id/confirm': {
    anonymous: 401,
    administrator: 403,
    steward: '2xx',
    analyst: 403,
    officer: 403,
    ministerOffice: 403,
  },
  // analysts link (review pairs), estimate, and make, preview and publish editions
  'GET /api/linkage/review': {
    anonymous: 401,
    administrator: 403,
    steward: 403,
    analyst: '2xx',
    officer: 403,
    ministerOffice: 403,
  },
  'POST /api/linkage/review': {
    anonymous: 401,
    administrator: 403,
    steward: 403,
    analyst: '2xx',
    officer: 403,
    ministerOffice: 403,
  },
  'GET /api/linkage/quality': {
    anonymous: 401,
    administrator: 403,
    steward: 403,
    analyst: '2xx',
    officer: 403,
    ministerOffice: 403,
  },
  'GET /api/estimates': {
    anonymous: 401,
    administrator: 403,
    steward: 403,
    analyst: '2xx',
    officer: 403,
    ministerOffice: 403,
  },
  'GET /api/indicators/preview': {
    anonymous: 401,
    administrator: 403,
    steward: 403,
    analyst: '2xx',
    officer: 403,
    ministerOffice: 403,
  },
  'GET /api/editions': {
    anonymous: 401,
    administrator: 403,
    steward: 403,
    analyst: '2xx',
    officer: 403,
    ministerOffice: 403,
  },
  'POST /api/editions': {
    anonymous: 401,
    administrator: 403,
    steward: 403,
    analyst: '2xx',
    officer: 403,
    ministerOffice: 403,
  },
  'GET /api/editions/:id/tables': {
    anonymous: 401,
    administrator: 403,
    steward: 403,
    analyst: '2xx',
    officer: 403,
    ministerOffice: 403,
  },
  'POST /api/editions/:id/publish': {
    anonymous: 401,
    administrator: 403,
    steward: 403,
    analyst: '2xx',
    officer: 403,
    ministerOffice: 403,
  },
  // administrators manage accounts, read and verify the audit trail, and watch the write queues
  'GET /api/admin/users': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: 403,
    ministerOffice: 403,
  },
  'POST /api/admin/users': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: 403,
    ministerOffice: 403,
  },
  'POST /api/admin/users/:id/disable': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: 403,
    ministerOffice: 403,
  },
  'POST /api/admin/users/:id/enable': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: 403,
    ministerOffice: 403,
  },
  'POST /api/admin/users/:id/reset-password': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: 403,
    ministerOffice: 403,
  },
  'GET /api/admin/audit': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: 403,
    ministerOffice: 403,
  },
  'GET /api/admin/audit.csv': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: 403,
    ministerOffice: 403,
  },
  'GET /api/admin/audit/verify': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: 403,
    ministerOffice: 403,
  },
  'GET /api/admin/work-queues': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: 403,
    ministerOffice: 403,
  },
  // the public follow-up: what was promised after each edition, and the public version of the letters
  'GET /api/followup/editions': {
    anonymous: '2xx',
    administrator: '2xx',
    steward: '2xx',
    analyst: '2xx',
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/followup/editions/:id': {
    anonymous: '2xx',
    administrator: '2xx',
    steward: '2xx',
    analyst: '2xx',
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/followup/compare': {
    anonymous: '2xx',
    administrator: '2xx',
    steward: '2xx',
    analyst: '2xx',
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/followup/editions/:id/letter.docx': {
    anonymous: '2xx',
    administrator: '2xx',
    steward: '2xx',
    analyst: '2xx',
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/followup/editions/:id/nota.docx': {
    anonymous: '2xx',
    administrator: '2xx',
    steward: '2xx',
    analyst: '2xx',
    officer: '2xx',
    ministerOffice: '2xx',
  },
  // the sample asks for the PDF of the 2020–2024 letter, not sent yet: nobody gets a public version
  'GET /api/followup/editions/:id/letter.pdf': {
    anonymous: 404,
    administrator: 404,
    steward: 404,
    analyst: 404,
    officer: 404,
    ministerOffice: 404,
  },
  'GET /api/followup/editions/:id/nota.pdf': {
    anonymous: 404,
    administrator: 404,
    steward: 404,
    analyst: 404,
    officer: 404,
    ministerOffice: 404,
  },
  // officers, the minister's office and administrators run the follow-up: commitments (with civil servants'
  // contact details), their status, the edition workspace; the workflow step is decided per account in the core
  'GET /api/followup/commitments': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'POST /api/followup/commitments': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'POST /api/followup/commitments/:id/status': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/followup/commitments/:id/history': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/followup/digest': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  // rejecting the memo belongs to the lead department's minister's office alone
  'POST /api/followup/editions/:id/workflow': {
    anonymous: 401,
    administrator: 403,
    steward: 403,
    analyst: 403,
    officer: 403,
    ministerOffice: '2xx',
  },
  'GET /api/followup/editions/:id/workspace': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'POST /api/followup/editions': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'PUT /api/followup/editions/:id': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'POST /api/followup/editions/:id/recommendations': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'PUT /api/followup/editions/:id/recommendations/:n': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'PUT /api/followup/editions/:id/responses/:n': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'POST /api/followup/editions/:id/redactions/:proposalId': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/followup/versions': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/followup/versions/diff': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },

  'PUT /api/followup/commitments/:id': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'POST /api/followup/commitments/:id/postpone': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/followup/posts': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'POST /api/followup/posts': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'POST /api/followup/posts/:id/handover': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/followup/report': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/followup/report.docx': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/followup/export.csv': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'GET /api/followup/export.json': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
  'POST /api/followup/import': {
    anonymous: 401,
    administrator: '2xx',
    steward: 403,
    analyst: 403,
    officer: '2xx',
    ministerOffice: '2xx',
  },
};

let fixture: AccessFixture;
let app: FastifyInstance;
let ids: {
  csgDelivery: string;
  csgHeld: string;
  policeDelivery: string;
  pair: { left: { source: string; personId: string }; right: { source: string; personId: string } };
};
let created = 0;

const csgRegistrations = () =>
  `${recordColumns.registration.join(',')}\n${recordColumns.registration
    .map(
      (c) =>
        ({
          source: 'csg',
          registration_id: `UP-${created}`,
          registration_date: '2025-05-02',
          offence_code: 'SR246',
          setting: 'home_victim',
          online: 'false',
          region: 'PV26',
          relationship: 'other_family',
        })[c as string] ?? '',
    )
    .join(',')}\n`;

/** A request each route's allowed callers can make successfully; the same request is sent by everyone. */
const sample: Record<string, () => Omit<InjectOptions, 'method' | 'headers'>> = {
  'POST /api/login': () => ({
    url: '/api/login',
    payload: { email: fixture.users.analyst.email, password: 'correct horse battery staple' },
  }),
  'POST /api/deliveries': () => ({
    url: `/api/deliveries?recordType=registration&period=2026-Q${(created % 4) + 1}&fileName=upload-${++created}.csv`,
    payload: csgRegistrations(),
    headers: { 'content-type': 'text/csv' },
  }),
  'GET /api/deliveries/:id/report': () => ({ url: `/api/deliveries/${encodeURIComponent(ids.csgDelivery)}/report` }),
  'GET /api/deliveries/:id/quarantine': () => ({
    url: `/api/deliveries/${encodeURIComponent(ids.csgDelivery)}/quarantine`,
  }),
  'POST /api/deliveries/:id/rollback': () => ({
    url: `/api/deliveries/${encodeURIComponent(ids.csgDelivery)}/rollback`,
  }),
  'POST /api/deliveries/:id/confirm': () => ({ url: `/api/deliveries/${encodeURIComponent(ids.csgHeld)}/confirm` }),
  'POST /api/linkage/review': () => ({ url: '/api/linkage/review', payload: { ...ids.pair, decision: 'reject' } }),
  'POST /api/editions': () => ({
    url: '/api/editions',
    payload: { id: `route-test-${++created}`, title: 'Route test', from: 2018, to: 2025 },
  }),
  'GET /api/editions/:id/tables': () => ({ url: '/api/editions/route-test/tables' }),
  'POST /api/editions/:id/publish': () => ({ url: '/api/editions/route-test/publish' }),
  'POST /api/admin/users': () => ({
    url: '/api/admin/users',
    payload: {
      name: 'Nieuwe Analist',
      email: `new-${++created}@test.example`,
      role: 'analyst',
      password: 'a long enough password',
    },
  }),
  // the same password again: every role may change theirs, and the other tests still sign in with it
  'POST /api/account/password': () => ({
    url: '/api/account/password',
    payload: { currentPassword: 'correct horse battery staple', newPassword: 'correct horse battery staple' },
  }),
  'POST /api/admin/users/:id/disable': () => ({ url: `/api/admin/users/${spareUserId}/disable` }),
  'POST /api/admin/users/:id/enable': () => ({ url: `/api/admin/users/${spareUserId}/enable` }),
  'POST /api/admin/users/:id/reset-password': () => ({ url: `/api/admin/users/${spareUserId}/reset-password` }),
  'GET /api/followup/editions/:id': () => ({ url: '/api/followup/editions/2020-2024' }),
  // public versions exist once sent to Parliament: 2018–2022 was, 2020–2024 was not
  'GET /api/followup/editions/:id/letter.docx': () => ({ url: '/api/followup/editions/2018-2022/letter.docx' }),
  'GET /api/followup/editions/:id/nota.docx': () => ({ url: '/api/followup/editions/2018-2022/nota.docx' }),
  'GET /api/followup/editions/:id/letter.pdf': () => ({ url: '/api/followup/editions/2020-2024/letter.pdf' }),
  'GET /api/followup/editions/:id/nota.pdf': () => ({ url: '/api/followup/editions/2020-2024/nota.pdf' }),
  'GET /api/followup/editions/:id/workspace': () => ({ url: '/api/followup/editions/2020-2024/workspace' }),
  'POST /api/followup/editions': () => ({
    url: '/api/followup/editions',
    payload: {
      id: `route-test-${++created}`,
      title: 'Route test',
      yearFrom: 2024,
      yearTo: 2028,
      leadDepartment: 'JenV',
    },
  }),
  'PUT /api/followup/editions/:id': () => ({
    url: '/api/followup/editions/route-draft',
    payload: { expectedVersion: versions.edition, patch: { letter: { closing: `Tot slot ${++created}.` } } },
  }),
  'POST /api/followup/editions/:id/recommendations': () => ({
    url: '/api/followup/editions/route-draft/recommendations',
    payload: { text: 'Nog een aanbeveling.', addressees: ['Minister van JenV'], ministries: ['JenV'], theme: 'test' },
  }),
  'PUT /api/followup/editions/:id/recommendations/:n': () => ({
    url: '/api/followup/editions/route-draft/recommendations/1',
    payload: { expectedVersion: versions.recommendation, text: `Aanbeveling, versie ${++created}.` },
  }),
  'PUT /api/followup/editions/:id/responses/:n': () => ({
    url: '/api/followup/editions/route-draft/responses/1',
    payload: { expectedVersion: versions.response, stance: 'embraced', text: `Omarmd (${++created}).` },
  }),
  'POST /api/followup/editions/:id/redactions/:proposalId': () => ({
    url: `/api/followup/editions/2020-2024/redactions/${proposalId}`,
    payload: { decision: 'keep' },
  }),
  'PUT /api/followup/commitments/:id': () => ({
    url: '/api/followup/commitments/2018-2022-T1',
    payload: { kamerNummer: `TZ202406-${100 + ++created}` },
  }),
  'POST /api/followup/commitments/:id/postpone': () => ({
    url: `/api/followup/commitments/${openCommitments.at(-1)}/postpone`,
    payload: { when: `${2027 + postponements}-06-01`, reason: 'Het onderzoek loopt uit' },
  }),
  'POST /api/followup/posts': () => ({
    url: '/api/followup/posts',
    payload: { id: `route-post-${++created}`, title: 'Minister van Route en Test', department: 'JenV' },
  }),
  'POST /api/followup/posts/:id/handover': () => ({
    url: '/api/followup/posts/route-post/handover',
    payload: { name: 'R. Opvolger', initials: 'R.', from: `2026-${String(1 + handovers).padStart(2, '0')}-01` },
  }),
  'GET /api/followup/report': () => ({ url: '/api/followup/report?ministry=JenV' }),
  'GET /api/followup/report.docx': () => ({ url: '/api/followup/report.docx?ministry=JenV' }),
  'GET /api/followup/versions': () => ({ url: '/api/followup/versions?entity=edition&id=2020-2024' }),
  'GET /api/followup/versions/diff': () => ({
    url: '/api/followup/versions/diff?entity=edition&id=2020-2024&from=0&to=1',
  }),
  'POST /api/followup/commitments': () => ({
    url: '/api/followup/commitments',
    payload: {
      editionId: '2020-2024',
      what: 'Jaarlijks rapporteren',
      who: 'Minister van JenV',
      ministry: 'Justitie en Veiligheid',
      when: 'voor de zomer',
      madeOn: '2026-03-25',
    },
  }),
  // a commitment is met once: each caller that may meets the next open one
  'POST /api/followup/commitments/:id/status': () => ({
    url: `/api/followup/commitments/${openCommitments[metSoFar]}/status`,
    payload: { status: 'met', evidence: 'Kamerbrief (test)' },
  }),
  'GET /api/followup/commitments/:id/history': () => ({ url: '/api/followup/commitments/2018-2022-T1/history' }),
  'POST /api/followup/editions/:id/workflow': () => ({
    url: '/api/followup/editions/2020-2024/workflow',
    payload: { step: { kind: 'reject', reason: 'Eerst de nieuwe toezegging afstemmen' } },
  }),
  'POST /api/followup/import': () => ({ url: '/api/followup/import', payload: { format: 'csv', content: importCsv } }),
};
let importCsv = '';
let spareUserId = '';
let proposalId = '';
/** The versions the edit samples were based on; a successful edit moves its entity on by one. */
const versions = { edition: 1, recommendation: 1, response: 0 };
let openCommitments: string[] = [];
let handovers = 0;
let postponements = 0;
let metSoFar = 0;
const afterSuccess: Record<string, () => void> = {
  'POST /api/followup/posts/:id/handover': () => handovers++,
  'POST /api/followup/commitments/:id/postpone': () => postponements++,
  'POST /api/followup/commitments/:id/status': () => metSoFar++,
  'PUT /api/followup/editions/:id': () => versions.edition++,
  'PUT /api/followup/editions/:id/recommendations/:n': () => versions.recommendation++,
  'PUT /api/followup/editions/:id/responses/:n': () => versions.response++,
};

async function call(
  rule: Pick<RouteRule, 'method' | 'url'>,
  actor: Actor,
  override?: Omit<InjectOptions, 'method' | 'headers'>,
) {
  const request = override ?? sample[`${rule.method} ${rule.url}`]?.() ?? { url: rule.url };
  const session = actor === 'anonymous' ? {} : await sessionHeaders(fixture.store, fixture.users[actor as FixtureUser]);
  const response = await app.inject({
    ...request,
    method: rule.method,
    headers: { ...(request as { headers?: Record<string, string> }).headers, ...session },
  });
  if (response.statusCode < 300 && !override) afterSuccess[`${rule.method} ${rule.url}`]?.();
  return response;
}

beforeAll(async () => {
  fixture = await createAccessFixture();
  app = createServer({
    store: fixture.store,
    webRoot: '/nonexistent',
    siteRoot: join(fixture.dir, 'site'),
    now: () => fixtureNow,
    loginRateLimit: 1000,
  });
  await app.ready();
  const deliveries = await fixture.store.all<{ delivery_id: string; source: string }>(
    "SELECT delivery_id, source FROM delivery WHERE record_type = 'registration'",
  );
  const [pair] = await fixture.store.all<{ ls: string; lp: string; rs: string; rp: string }>(
    'SELECT left_source ls, left_person_id lp, right_source rs, right_person_id rp FROM link_review_queue LIMIT 1',
  );
  if (!pair) throw new Error('the fixture pipeline left no pair for review');
  // a csg file whose only row is refused: held, waiting for the steward's confirmation
  const refused = join(fixture.dir, 'held.csv');
  writeFileSync(refused, csgRegistrations().replace('SR246', 'NOT-A-CODE'));
  const held = await ingestDelivery(
    fixture.store,
    { file: refused, source: 'csg', recordType: 'registration', period: '2027' },
    { today: '2026-01-01', now: () => fixtureNow },
  );
  if (held.status !== 'held') throw new Error(`the fixture's refused file was ${held.status}, not held`);
  ids = {
    csgDelivery: deliveries.find((d) => d.source === 'csg')?.delivery_id ?? '',
    csgHeld: held.deliveryId,
    policeDelivery: deliveries.find((d) => d.source === 'police')?.delivery_id ?? '',
    pair: { left: { source: pair.ls, personId: pair.lp }, right: { source: pair.rs, personId: pair.rp } },
  };
  const followup = await loadFollowupData(fixture.store);
  importCsv = commitmentsToCsv(followup.commitments.slice(0, 1));
  // T2 is left for the test of who the history names
  openCommitments = followup.commitments.filter((c) => c.status === 'open' && c.id !== '2018-2022-T2').map((c) => c.id);
  // three are met by the status samples, the last one is postponed
  if (openCommitments.length < 4) throw new Error('the demo has too few open commitments for the samples');
  const drafter = { actor: { name: 'Route Test' }, at: fixtureNow.toISOString() };
  await storeNewPost(fixture.store, { id: 'route-post', title: 'Minister voor Routes', department: 'JenV' }, drafter);
  await storeNewEdition(
    fixture.store,
    { id: 'route-draft', title: 'Route draft', yearFrom: 2024, yearTo: 2028, leadDepartment: 'JenV' },
    drafter,
  );
  await storeNewRecommendation(
    fixture.store,
    'route-draft',
    { text: 'Een aanbeveling.', addressees: ['Minister van JenV'], ministries: ['JenV'], theme: 'test' },
    drafter,
  );
  const draft2020 = await loadEditionRecord(fixture.store, '2020-2024');
  proposalId = redactionState(draft2020, [], []).proposals[0]?.id ?? '';
  if (!proposalId) throw new Error('the 2020–2024 demo edition has no proposed redaction to decide');
  await createEdition(
    fixture.store,
    { id: 'route-test', title: 'Route test', period: { from: 2018, to: 2025 } },
    () => fixtureNow,
  );
  spareUserId = (
    await createUser(
      fixture.store,
      { name: 'Reserve Analist', email: 'spare@test.example', role: 'analyst', password: 'a long enough password' },
      fixtureNow,
    )
  ).userId;
});
afterAll(async () => {
  await app?.close();
  fixture?.close();
});

describe('the route policy', () => {
  it('names only routes the server has, and lets stewards only into row-filtered routes', () => {
    for (const rule of routePolicy)
      expect(app.hasRoute({ method: rule.method, url: rule.url }), `${rule.method} ${rule.url}`).toBe(true);
    const stewardRoutes = routePolicy.filter((r) => Array.isArray(r.allow) && r.allow.includes('steward'));
    expect(stewardRoutes.length).toBeGreaterThan(0);
    for (const rule of stewardRoutes) expect(rule.rows, `${rule.method} ${rule.url}`).toBe('own-source');
  });

  it('refuses an /api route that has no rule', async () => {
    const bad = createServer({ store: fixture.store, webRoot: '/nonexistent' });
    expect(() => bad.get('/api/forgotten', async () => ({ secret: true }))).toThrow(
      'no access rule for GET /api/forgotten',
    );
    await bad.close();
  });
});

describe('the hand-written route × role table', () => {
  it('has exactly the routes of the route policy: a new route without an entry fails', () => {
    expect(Object.keys(expectedAccess).sort()).toEqual(routePolicy.map((r) => `${r.method} ${r.url}`).sort());
  });
});

describe.each(routePolicy.map((rule) => ({ rule, name: `${rule.method} ${rule.url}` })))('$name', ({ rule, name }) => {
  it.each(actors.map((actor) => ({ actor, expected: expectedAccess[name]?.[actor] ?? 'no entry in expectedAccess' })))(
    '$actor → $expected',
    async ({ actor, expected }) => {
      const response = await call(rule, actor);
      const status = response.statusCode;
      const answered: Outcome | number = status >= 200 && status < 300 ? '2xx' : status;
      expect(answered, response.body.slice(0, 300)).toBe(expected);
    },
  );
});

describe('rows of other organisations', () => {
  it('a csg steward guessing police delivery ids gets the same 404 as for ids that do not exist, and no rows', async () => {
    for (const id of [ids.policeDelivery, 'police:registration:2018-2025:0000000000000000']) {
      for (const path of ['report', 'quarantine', 'rollback']) {
        const response = await call({ method: path === 'rollback' ? 'POST' : 'GET', url: '' }, 'steward', {
          url: `/api/deliveries/${encodeURIComponent(id)}/${path}`,
        });
        expect(response.statusCode).toBe(404);
        expect(response.body).not.toContain('row_number');
        expect(JSON.parse(response.body)).toEqual({
          error: expect.stringContaining('among the deliveries you may see'),
          problems: [],
        });
      }
    }
    const list = JSON.parse((await call({ method: 'GET', url: '/api/deliveries' }, 'steward')).body) as {
      source: string;
    }[];
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((d) => d.source))).toEqual(new Set(['csg']));
    // the police delivery is still there for those who may see it
    expect(
      (
        await call({ method: 'GET', url: '' }, 'analyst', {
          url: `/api/deliveries/${encodeURIComponent(ids.policeDelivery)}/report`,
        })
      ).statusCode,
    ).toBe(200);
    const [attempt] = await fixture.store.all<{ target: string; outcome: number }>(
      "SELECT target, outcome FROM audit_log WHERE action = 'deliveries.report.read' AND user_id = ? ORDER BY seq LIMIT 1",
      [fixture.users.steward.userId],
    );
    expect(attempt).toBeDefined();
  });

  it("a steward's upload is stored under their own source, whatever the file says", async () => {
    const response = await call({ method: 'POST', url: '/api/deliveries' }, 'steward');
    expect(response.statusCode).toBe(201);
    expect((JSON.parse(response.body) as { deliveryId: string }).deliveryId).toMatch(/^csg:registration:/);
  });
});

describe('sign-in, CSRF and the audit trail', () => {
  const login = (email: string, password: string, ip = '10.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/login', payload: { email, password }, remoteAddress: ip });

  it('signs in with a HttpOnly, SameSite=Strict cookie, Secure unless on loopback http', async () => {
    const local = await login(fixture.users.officer.email, 'correct horse battery staple');
    expect(local.statusCode).toBe(200);
    expect(local.headers['set-cookie']).toMatch(/^zicht_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict$/);
    const remote = await app.inject({
      method: 'POST',
      url: '/api/login',
      headers: { host: 'zicht.example.nl' },
      payload: { email: fixture.users.officer.email, password: 'correct horse battery staple' },
    });
    expect(remote.headers['set-cookie']).toContain('; Secure');
  });

  it('locks an account after five wrong passwords, even for the right one, and says until when', async () => {
    const email = fixture.users.policeSteward.email;
    for (let i = 0; i < 4; i++) expect((await login(email, `wrong ${i}`)).statusCode).toBe(401);
    const fifth = await login(email, 'wrong 5');
    expect(fifth.statusCode).toBe(423);
    const right = await login(email, 'correct horse battery staple');
    expect(right.statusCode).toBe(423);
    expect(JSON.parse(right.body).error).toContain('locked after too many wrong passwords until 2026-03-25 10:15 UTC');
    const audit = await fixture.store.all<{ outcome: number }>(
      "SELECT outcome FROM audit_log WHERE action = 'login' AND target = ? ORDER BY seq",
      [`user:${email}`],
    );
    expect(audit.map((a) => a.outcome)).toEqual([401, 401, 401, 401, 423, 423]);
  });

  it('rate-limits sign-in attempts per address', async () => {
    const limited = createServer({
      store: fixture.store,
      webRoot: '/nonexistent',
      now: () => fixtureNow,
      loginRateLimit: 3,
    });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push(
        (
          await limited.inject({
            method: 'POST',
            url: '/api/login',
            payload: { email: 'nobody@test.example', password: 'x' },
            remoteAddress: '10.9.9.9',
          })
        ).statusCode,
      );
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    await limited.close();
  });

  it("refuses a change without the session's CSRF token, or with another session's", async () => {
    const mine = await sessionHeaders(fixture.store, fixture.users.analyst);
    const other = await sessionHeaders(fixture.store, fixture.users.analyst);
    const payload = { ...ids.pair, decision: 'accept' };
    for (const headers of [
      { cookie: mine.cookie },
      { cookie: mine.cookie, 'x-csrf-token': other['x-csrf-token'] ?? '' },
    ]) {
      const response = await app.inject({ method: 'POST', url: '/api/linkage/review', headers, payload });
      expect(response.statusCode).toBe(403);
      expect(JSON.parse(response.body).error).toContain('CSRF token');
    }
    const [decision] = await fixture.store.all<{ decision: string }>('SELECT decision FROM link_review_decision');
    expect(decision?.decision).toBe('reject'); // from the table-driven call; the refused ones changed nothing
  });

  it('takes the follow-up actor from the session, not from the request', async () => {
    const response = await call({ method: 'POST', url: '/api/followup/commitments/:id/status' }, 'officer', {
      url: '/api/followup/commitments/2018-2022-T2/status',
      payload: { status: 'met', evidence: 'Kamerbrief', actor: 'Iemand Anders' },
    });
    expect(response.statusCode).toBe(200);
    const history = (await loadFollowupData(fixture.store)).history.filter((h) => h.entityId === '2018-2022-T2');
    expect(history.at(-1)?.actor).toBe('Beleidsmedewerker Test');
  });

  it("only the follow-up's own people get the internal version of a letter not yet sent; the public gets none", async () => {
    const url = '/api/followup/editions/2020-2024/letter.docx?version=internal';
    expect((await call({ method: 'GET', url: '' }, 'anonymous', { url })).statusCode).toBe(401);
    expect((await call({ method: 'GET', url: '' }, 'analyst', { url })).statusCode).toBe(403);
    expect((await call({ method: 'GET', url: '' }, 'officer', { url })).statusCode).toBe(200);
    expect((await call({ method: 'GET', url: '' }, 'ministerOffice', { url })).statusCode).toBe(200);
    const publicVersion = await call({ method: 'GET', url: '' }, 'anonymous', {
      url: '/api/followup/editions/2020-2024/letter.docx',
    });
    expect(publicVersion.statusCode).toBe(404);
    expect(JSON.parse(publicVersion.body).error).toContain('De kabinetsreactie is nog niet verschenen');
  });

  it('refuses an officer a sign-off or approval that is not theirs, and audits the refusal', async () => {
    const response = await call({ method: 'POST', url: '' }, 'officer', {
      url: '/api/followup/editions/2018-2022/workflow',
      payload: { step: { kind: 'publish', kamerstuk: 'x' } },
    });
    expect(response.statusCode).toBe(409);
    const approve = await call({ method: 'POST', url: '' }, 'officer', {
      url: '/api/followup/editions/route-draft/workflow',
      payload: { step: { kind: 'start-coordination', parties: [{ department: 'VWS' }] } },
    });
    expect(approve.statusCode).toBe(200);
    const foreign = await call({ method: 'POST', url: '' }, 'officer', {
      url: '/api/followup/editions/route-draft/workflow',
      payload: { step: { kind: 'sign-off', department: 'VWS' } },
    });
    expect(foreign.statusCode).toBe(403);
    expect(JSON.parse(foreign.body).error).toBe(
      'You are an officer of JenV; a sign-off for VWS must come from an officer of VWS.',
    );
    const [audited] = await fixture.store.all<{ outcome: number }>(
      "SELECT outcome FROM audit_log WHERE action = 'followup.workflow' AND user_id = ? ORDER BY seq DESC LIMIT 1",
      [fixture.users.officer.userId],
    );
    expect(audited?.outcome).toBe(403);
  });

  it('writes who, role, action, target, when and where for microdata reads and changes, and exports it as CSV', async () => {
    const csv = (await call({ method: 'GET', url: '/api/admin/audit.csv' }, 'administrator')).body;
    expect(csv.split('\n')[0]).toBe('seq,at,userId,userName,role,action,target,ip,outcome');
    expect(csv).toMatch(
      /,Test Analist,analyst,deliveries\.report\.read,\/api\/deliveries\/police%3Aregistration[^,]*,127\.0\.0\.1,200\n/,
    );
    expect(csv).toMatch(
      /,Test Steward CSG,steward,deliveries\.upload,delivery:csg:registration:[^,]+,127\.0\.0\.1,201\n/,
    );
    expect(csv).toMatch(/,Beleidsmedewerker Test,officer,followup\.commitments\.status,/);
    expect(csv).toContain(',2026-03-25T10:00:00Z,');
  });
});

describe('public routes', () => {
  it('carry no microdata: no person ids, linkage tokens, quarantined values or contact details', async () => {
    const persons = await fixture.store.all<{ person_id: string; link_bsn: string | null }>(
      'SELECT person_id, link_bsn FROM person WHERE link_bsn IS NOT NULL LIMIT 20',
    );
    const quarantined = await fixture.store.all<{ value: string }>(
      'SELECT value FROM quarantine WHERE length(value) >= 6 LIMIT 20',
    );
    const publicRules = routePolicy.filter(
      (r) => r.allow === 'public' && r.method === 'GET' && !/\.(docx|pdf)$/.test(r.url),
    );
    for (const rule of publicRules) {
      const body = (await call(rule, 'anonymous')).body;
      for (const key of [
        'person_id',
        'link_bsn',
        'link_name_dob',
        'link_bloom',
        'row_number',
        'victim_person_id',
        'email',
        'phone',
      ])
        expect(body, rule.url).not.toContain(key);
      for (const p of persons) expect(body, rule.url).not.toContain(p.link_bsn);
      for (const q of quarantined) expect(body, rule.url).not.toContain(`"${q.value}"`);
    }
  });

  it('send CSP, HSTS and the other security headers', async () => {
    const response = await app.inject({ url: '/api/monitor' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
});
