import type { z } from 'zod';
import { FollowupError } from '../followup/index.ts';

/** Validates a follow-up request's input once, at the edge, reporting every problem together. */
export function parseFollowupInput<T>(schema: z.ZodType<T>, input: unknown, what = 'request'): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (i) => `${i.path.join('.') || (what === 'request' ? 'body' : what)}: ${i.message}`,
  );
  throw new FollowupError(`The ${what} is incomplete: ${problems.join('; ')}.`, 'invalid-input', problems);
}
