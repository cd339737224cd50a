import { z } from 'zod';

/** Empty strings and missing values in a delivered file mean "not known". */
const blankToNull = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v;

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date');

export const optionalIsoDate = z.preprocess(blankToNull, isoDate.nullable());

export const yearMonth = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a year and month as YYYY-MM');

export const optionalYearMonth = z.preprocess(blankToNull, yearMonth.nullable());

export const localId = z.string().trim().min(1, 'an id is required').max(64, 'an id has at most 64 characters');
export const optionalLocalId = z.preprocess(blankToNull, localId.nullable());

/** A pseudonymised linkage token: lowercase hex or base64 produced by `zicht pseudonymise`. */
export const linkToken = z.preprocess(
  blankToNull,
  z
    .string()
    .regex(/^[A-Za-z0-9+/=]{16,}$/, 'not a token')
    .nullable(),
);

export const flag = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.union([
    z.boolean(),
    z
      .enum(['true', 'false', '1', '0', 'ja', 'nee', 'yes', 'no'])
      .transform((s) => ['true', '1', 'ja', 'yes'].includes(s)),
  ]),
);

export const optionalCount = z.preprocess(blankToNull, z.coerce.number().int().nonnegative().nullable());

export function optionalCode<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess(blankToNull, schema.nullable());
}
