import { hash, verify } from '@node-rs/argon2';

/** argon2id (the library's default algorithm) with OWASP's minimum: 19 MiB, 2 passes, 1 lane. */
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const minimumPasswordLength = 12;

/** What is wrong with a new password, if anything (ASVS 2.1: length, not composition rules). */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if ([...password].length < minimumPasswordLength) problems.push(`password: use at least ${minimumPasswordLength} characters`);
  if ([...password].length > 128) problems.push('password: use at most 128 characters');
  return problems;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  return verify(storedHash, password);
}
