/** Kept apart from the argon2 hashing so the web app can check a new password before sending it. */
export const minimumPasswordLength = 12;

/** What is wrong with a new password, if anything (ASVS 2.1: length, not composition rules). */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if ([...password].length < minimumPasswordLength)
    problems.push(`password: use at least ${minimumPasswordLength} characters`);
  if ([...password].length > 128) problems.push('password: use at most 128 characters');
  return problems;
}
