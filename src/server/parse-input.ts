import type { z } from 'zod';
import { AccessError } from '../access/index.ts';

/** Validates a request's input once, at the edge, reporting every problem together. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, what = 'request'): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`);
  throw new AccessError(`The ${what} is not valid: ${problems.join('; ')}.`, 'invalid-input', problems);
}
