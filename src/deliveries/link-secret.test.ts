import { describe, expect, it } from 'vitest';
import {
  demoLinkSecret,
  LinkSecretError,
  linkSecretFromEnv,
  linkSecretProblem,
  minimumLinkSecretLength,
  syntheticLinkSecret,
} from './link-secret.ts';

const strong = 'q7Vx2mR9pL4tW8zK1cN6bJ3hF5dS0gYa'; // 32 characters, 32 different ones

describe('the linkage secret for real extracts', () => {
  it('is refused when ZICHT_LINK_SECRET is not set, in one sentence that says to set it', () => {
    for (const env of [{}, { ZICHT_LINK_SECRET: '' }, { ZICHT_LINK_SECRET: '   ' }]) {
      expect(() => linkSecretFromEnv(env)).toThrow(LinkSecretError);
      expect(() => linkSecretFromEnv(env)).toThrow(
        /^ZICHT_LINK_SECRET is not set: set it to the partners' shared linkage secret of at least 32 random characters .*\.$/,
      );
    }
  });

  it('is refused when shorter than 32 characters, when it is the demo secret, or when it is a run of few characters', () => {
    expect(minimumLinkSecretLength).toBe(32);
    expect(linkSecretProblem(strong.slice(0, 31))).toMatch(/^ZICHT_LINK_SECRET has only 31 characters: set it to/);
    expect(linkSecretProblem(demoLinkSecret)).toMatch(/demo secret that ships with Zicht, for synthetic data only/);
    expect(linkSecretProblem('ab'.repeat(20))).toMatch(/too few different characters/);
    // the pipeline tests' secret (28 characters) would not do for real data
    expect(() => linkSecretFromEnv({ ZICHT_LINK_SECRET: 'test-secret-of-enough-length' })).toThrow(LinkSecretError);
  });

  it('never quotes the secret in its refusal', () => {
    const short = 'my-short-but-real-secret';
    expect(linkSecretProblem(short)).not.toContain(short);
  });

  it('accepts 32 random characters, and counts characters, not bytes', () => {
    expect(linkSecretFromEnv({ ZICHT_LINK_SECRET: strong })).toBe(strong);
    expect(linkSecretProblem(`${strong.slice(0, 30)}é`)).toMatch(/only 31 characters/);
  });
});

describe('the synthetic pipeline’s secret', () => {
  it('is the demo secret when none is set, and the configured one, checked, when it is', () => {
    expect(syntheticLinkSecret({})).toBe(demoLinkSecret);
    expect(syntheticLinkSecret({ ZICHT_LINK_SECRET: strong })).toBe(strong);
    expect(() => syntheticLinkSecret({ ZICHT_LINK_SECRET: 'too short' })).toThrow(LinkSecretError);
  });
});
