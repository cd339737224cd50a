import { createHash, randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export type FakeIdentity = Readonly<Record<string, unknown>> & { readonly sub: string };

/** What the fake IdP saw, for tests to assert on. */
export type FakeIdpLog = { authorize: URLSearchParams[]; token: URLSearchParams[] };

export type FakeIdentityProvider = {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly log: FakeIdpLog;
  /** The identity the next /authorize signs in (the fake has no login form). */
  signInAs(identity: FakeIdentity): void;
  close(): Promise<void>;
};

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

/**
 * A tiny OpenID Connect provider for tests: discovery, JWKS, /authorize (which signs in whoever
 * `signInAs` named and redirects back with a code) and /token (which checks the client secret, the
 * redirect URI and the PKCE verifier, and issues an RS256 ID token with the nonce).
 */
export async function startFakeIdentityProvider(): Promise<FakeIdentityProvider> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const clientId = 'zicht-test';
  const clientSecret = randomBytes(16).toString('hex');
  const codes = new Map<string, { identity: FakeIdentity; challenge: string; nonce: string; redirectUri: string }>();
  const log: FakeIdpLog = { authorize: [], token: [] };
  let identity: FakeIdentity = { sub: 'nobody' };
  const idp: FastifyInstance = Fastify({ logger: false });
  idp.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
    done(null, new URLSearchParams(String(body))),
  );
  let issuer = '';

  idp.get('/.well-known/openid-configuration', async () => ({
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic'],
  }));
  idp.get('/jwks', async () => ({ keys: [jwk] }));
  idp.get('/authorize', async (request, reply) => {
    const q = new URLSearchParams(request.url.split('?')[1] ?? '');
    log.authorize.push(q);
    if (
      q.get('client_id') !== clientId ||
      q.get('response_type') !== 'code' ||
      q.get('code_challenge_method') !== 'S256'
    ) {
      return reply.code(400).send({ error: 'invalid_request' });
    }
    const code = randomBytes(16).toString('base64url');
    codes.set(code, {
      identity,
      challenge: q.get('code_challenge') ?? '',
      nonce: q.get('nonce') ?? '',
      redirectUri: q.get('redirect_uri') ?? '',
    });
    return reply.redirect(`${q.get('redirect_uri')}?${new URLSearchParams({ code, state: q.get('state') ?? '' })}`);
  });
  idp.post('/token', async (request, reply) => {
    const body = request.body as URLSearchParams;
    log.token.push(body);
    const basic = Buffer.from(String(request.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();
    const [id, secret] = basic.split(':').map(decodeURIComponent);
    const grant = codes.get(body.get('code') ?? '');
    codes.delete(body.get('code') ?? '');
    if (id !== clientId || secret !== clientSecret) return reply.code(401).send({ error: 'invalid_client' });
    if (
      !grant ||
      grant.redirectUri !== body.get('redirect_uri') ||
      s256(body.get('code_verifier') ?? '') !== grant.challenge
    ) {
      return reply.code(400).send({ error: 'invalid_grant' });
    }
    const idToken = await new SignJWT({ ...grant.identity, nonce: grant.nonce })
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
      .setIssuer(issuer)
      .setAudience(clientId)
      .setSubject(grant.identity.sub)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    return { access_token: randomBytes(16).toString('hex'), token_type: 'Bearer', expires_in: 300, id_token: idToken };
  });

  issuer = (await idp.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  return {
    issuer,
    clientId,
    clientSecret,
    log,
    signInAs: (next) => {
      identity = next;
    },
    close: () => idp.close(),
  };
}
