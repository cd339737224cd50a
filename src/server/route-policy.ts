import type { Role } from '../access/index.ts';

/**
 * Who may call which route — the one place where this is decided. The server refuses to start
 * with an /api route that has no rule here (see `installAccessControl`).
 *
 * - `allow`: 'public' (no login), 'signed-in' (any role) or the roles that may call it.
 * - `rows: 'own-source'`: a steward sees only rows of their own organisation's source; others in
 *   `allow` see every source. Handlers read it from `request.rowSource`.
 * - `stricter`: a request that asks for more (the internal version of a letter) needs these roles.
 * - `audit`: 'microdata' reads are written to the audit log; every change always is.
 * - `csrf: false` only where there is no session yet (login).
 * - `rateLimit: false`: not limited per address (see api-rate-limit.ts): answered from memory and
 *   read by every visitor, often from behind one proxy address.
 */
export type RouteRule = {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly url: string;
  readonly action: string;
  readonly allow: 'public' | 'signed-in' | readonly Role[];
  readonly rows?: 'own-source';
  readonly stricter?: { readonly when: (query: unknown) => boolean; readonly allow: readonly Role[] };
  readonly audit?: 'microdata';
  readonly csrf?: false;
  readonly rateLimit?: false;
};

/**
 * The follow-up's own people: policy officers, the minister's office, and administrators (who
 * support them). Which workflow step each may take (sign-off for their own department, approval
 * by the lead department's minister's office) is decided per edition in src/followup.
 */
const officer = ['officer', 'minister-office', 'administrator'] as const;
const internalVersion = {
  when: (q: unknown) => (q as { version?: string } | undefined)?.version === 'internal',
  allow: officer,
};

export const routePolicy: readonly RouteRule[] = [
  { method: 'GET', url: '/api/health', action: 'health', allow: 'public', rateLimit: false },
  { method: 'GET', url: '/api/monitor', action: 'monitor.read', allow: 'public', rateLimit: false },

  { method: 'GET', url: '/api/session', action: 'session.read', allow: 'public' },
  { method: 'POST', url: '/api/login', action: 'login', allow: 'public', csrf: false },
  { method: 'POST', url: '/api/logout', action: 'logout', allow: 'signed-in' },
  { method: 'POST', url: '/api/account/password', action: 'account.password.change', allow: 'signed-in' },

  {
    method: 'GET',
    url: '/api/deliveries',
    action: 'deliveries.list',
    allow: ['steward', 'analyst'],
    rows: 'own-source',
  },
  { method: 'POST', url: '/api/deliveries', action: 'deliveries.upload', allow: ['steward'], rows: 'own-source' },
  {
    method: 'GET',
    url: '/api/deliveries/:id/report',
    action: 'deliveries.report.read',
    allow: ['steward', 'analyst'],
    rows: 'own-source',
    audit: 'microdata',
  },
  {
    method: 'GET',
    url: '/api/deliveries/:id/quarantine',
    action: 'deliveries.quarantine.read',
    allow: ['steward', 'analyst'],
    rows: 'own-source',
    audit: 'microdata',
  },
  {
    method: 'POST',
    url: '/api/deliveries/:id/rollback',
    action: 'deliveries.rollback',
    allow: ['steward'],
    rows: 'own-source',
  },
  {
    method: 'POST',
    url: '/api/deliveries/:id/confirm',
    action: 'deliveries.confirm',
    allow: ['steward'],
    rows: 'own-source',
  },

  { method: 'GET', url: '/api/linkage/review', action: 'linkage.review.read', allow: ['analyst'], audit: 'microdata' },
  { method: 'POST', url: '/api/linkage/review', action: 'linkage.review.decide', allow: ['analyst'] },
  { method: 'GET', url: '/api/linkage/quality', action: 'linkage.quality.read', allow: ['analyst'] },
  { method: 'GET', url: '/api/estimates', action: 'estimates.read', allow: ['analyst'] },
  { method: 'GET', url: '/api/indicators/preview', action: 'indicators.preview', allow: ['analyst'] },
  { method: 'GET', url: '/api/editions', action: 'editions.list', allow: ['analyst'] },
  { method: 'POST', url: '/api/editions', action: 'editions.create', allow: ['analyst'] },
  { method: 'GET', url: '/api/editions/:id/tables', action: 'editions.preview', allow: ['analyst'] },
  { method: 'POST', url: '/api/editions/:id/publish', action: 'editions.publish', allow: ['analyst'] },

  { method: 'GET', url: '/api/admin/users', action: 'users.list', allow: ['administrator'] },
  { method: 'POST', url: '/api/admin/users', action: 'users.create', allow: ['administrator'] },
  { method: 'POST', url: '/api/admin/users/:id/disable', action: 'users.disable', allow: ['administrator'] },
  { method: 'POST', url: '/api/admin/users/:id/enable', action: 'users.enable', allow: ['administrator'] },
  {
    method: 'POST',
    url: '/api/admin/users/:id/reset-password',
    action: 'users.password.reset',
    allow: ['administrator'],
  },
  { method: 'GET', url: '/api/admin/audit', action: 'audit.read', allow: ['administrator'], audit: 'microdata' },
  { method: 'GET', url: '/api/admin/audit.csv', action: 'audit.export', allow: ['administrator'], audit: 'microdata' },
  {
    method: 'GET',
    url: '/api/admin/audit/verify',
    action: 'audit.verify',
    allow: ['administrator'],
    audit: 'microdata',
  },
  { method: 'GET', url: '/api/admin/work-queues', action: 'work-queues.read', allow: ['administrator'] },

  // the public tracker
  { method: 'GET', url: '/api/followup/editions', action: 'followup.editions', allow: 'public' },
  { method: 'GET', url: '/api/followup/editions/:id', action: 'followup.edition', allow: 'public' },
  { method: 'GET', url: '/api/followup/compare', action: 'followup.compare', allow: 'public' },
  // the letter and nota: the public version once sent to Parliament (404 before), the internal one for officers
  ...(['letter', 'nota'] as const).flatMap((kind) =>
    (['docx', 'pdf'] as const).map(
      (format): RouteRule => ({
        method: 'GET',
        url: `/api/followup/editions/:id/${kind}.${format}`,
        action: `followup.${kind}${format === 'pdf' ? '.pdf' : ''}`,
        allow: 'public',
        stricter: internalVersion,
      }),
    ),
  ),
  // the policy officer's work (commitments carry civil servants' contact details)
  { method: 'GET', url: '/api/followup/commitments', action: 'followup.commitments', allow: officer },
  { method: 'POST', url: '/api/followup/commitments', action: 'followup.commitments.record', allow: officer },
  {
    method: 'POST',
    url: '/api/followup/commitments/:id/status',
    action: 'followup.commitments.status',
    allow: officer,
  },
  {
    method: 'GET',
    url: '/api/followup/commitments/:id/history',
    action: 'followup.commitments.history',
    allow: officer,
  },
  { method: 'GET', url: '/api/followup/digest', action: 'followup.digest', allow: officer },
  { method: 'POST', url: '/api/followup/editions/:id/workflow', action: 'followup.workflow', allow: officer },
  // the edition workspace: texts with versions, edits, redaction decisions
  { method: 'GET', url: '/api/followup/editions/:id/workspace', action: 'followup.workspace', allow: officer },
  { method: 'POST', url: '/api/followup/editions', action: 'followup.editions.create', allow: officer },
  { method: 'PUT', url: '/api/followup/editions/:id', action: 'followup.editions.edit', allow: officer },
  {
    method: 'POST',
    url: '/api/followup/editions/:id/recommendations',
    action: 'followup.recommendations.add',
    allow: officer,
  },
  {
    method: 'PUT',
    url: '/api/followup/editions/:id/recommendations/:n',
    action: 'followup.recommendations.edit',
    allow: officer,
  },
  { method: 'PUT', url: '/api/followup/editions/:id/responses/:n', action: 'followup.responses.edit', allow: officer },
  {
    method: 'POST',
    url: '/api/followup/editions/:id/redactions/:proposalId',
    action: 'followup.redactions.decide',
    allow: officer,
  },
  { method: 'GET', url: '/api/followup/versions', action: 'followup.versions', allow: officer },
  { method: 'GET', url: '/api/followup/versions/diff', action: 'followup.versions.diff', allow: officer },
  // commitments as they live: corrections, postponements, the bewindspersonen's posts, the half-yearly report
  { method: 'PUT', url: '/api/followup/commitments/:id', action: 'followup.commitments.edit', allow: officer },
  {
    method: 'POST',
    url: '/api/followup/commitments/:id/postpone',
    action: 'followup.commitments.postpone',
    allow: officer,
  },
  { method: 'GET', url: '/api/followup/posts', action: 'followup.posts', allow: officer },
  { method: 'POST', url: '/api/followup/posts', action: 'followup.posts.create', allow: officer },
  { method: 'POST', url: '/api/followup/posts/:id/handover', action: 'followup.posts.handover', allow: officer },
  { method: 'GET', url: '/api/followup/report', action: 'followup.report', allow: officer },
  { method: 'GET', url: '/api/followup/report.docx', action: 'followup.report.docx', allow: officer },
  { method: 'GET', url: '/api/followup/export.csv', action: 'followup.export.csv', allow: officer },
  { method: 'GET', url: '/api/followup/export.json', action: 'followup.export.json', allow: officer },
  { method: 'POST', url: '/api/followup/import', action: 'followup.import', allow: officer },
];

/**
 * Sign-in at the organisation's identity provider: these routes exist only when OpenID Connect is
 * configured (src/server/oidc-routes.test.ts calls them). The callback is audited at every call.
 */
export const oidcRoutePolicy: readonly RouteRule[] = [
  { method: 'GET', url: '/api/oidc/start', action: 'login.oidc.start', allow: 'public' },
  { method: 'GET', url: '/api/oidc/callback', action: 'login.oidc', allow: 'public', audit: 'microdata' },
];

const byKey = new Map([...routePolicy, ...oidcRoutePolicy].map((r) => [`${r.method} ${r.url}`, r]));

/** The rule for a route pattern; HEAD is treated as GET. Undefined for routes outside /api (the static web app). */
export function ruleFor(method: string, url: string): RouteRule | undefined {
  return byKey.get(`${method === 'HEAD' ? 'GET' : method} ${url}`);
}

export const isApiRoute = (url: string) => url === '/api' || url.startsWith('/api/');
