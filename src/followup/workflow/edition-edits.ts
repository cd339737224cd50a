import { z } from 'zod';
import { FollowupError } from '../followup-error.ts';
import {
  type Edition,
  editionSchema,
  departmentCodes,
  departments,
  type DepartmentCode,
  type Recommendation,
  type RecommendationResponse,
  recommendationResponseSchema,
  recommendationSchema,
  stances,
} from '../followup-model.ts';

/**
 * Edits of an edition's texts as plain functions: each takes the current value and the officer's
 * input and returns the new value, validated whole, or a FollowupError listing every problem.
 */

const departmentCode = z.string().refine((d) => (departmentCodes as readonly string[]).includes(d), {
  message: `use a department code: ${departmentCodes.join(', ')}`,
});

export const newEditionSchema = z
  .object({
    id: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z][0-9A-Za-z_-]*$/, 'use letters, digits and dashes, e.g. 2024-2028'),
    title: z.string().trim().min(1),
    yearFrom: z.number().int().min(1900).max(2200),
    yearTo: z.number().int().min(1900).max(2200),
    leadDepartment: departmentCode,
  })
  .refine((e) => e.yearTo >= e.yearFrom, { message: 'yearTo comes on or after yearFrom', path: ['yearTo'] });
export type NewEdition = z.infer<typeof newEditionSchema>;

const objectPatch = z.record(z.string(), z.unknown());

/**
 * A change to an edition: top-level fields replace; `letter`, `nota` and `sender` are merged key by
 * key (one level deep), so a screen may send only the field it changed. `null` removes an optional field.
 */
export const editionPatchSchema = z
  .object({
    title: z.string().optional(),
    yearFrom: z.number().int().optional(),
    yearTo: z.number().int().optional(),
    publishedOn: z.string().nullable().optional(),
    leadDepartment: departmentCode.nullable().optional(),
    sender: objectPatch.nullable().optional(),
    letter: objectPatch.optional(),
    nota: objectPatch.optional(),
  })
  .strict();
export type EditionPatch = z.infer<typeof editionPatchSchema>;

export const recommendationInputSchema = z.object({
  number: z.number().int().positive().optional(),
  text: z.string().trim().min(1),
  addressees: z.array(z.string().trim().min(1)).min(1),
  ministries: z.array(z.string().trim().min(1)).min(1),
  theme: z.string().trim().min(1),
});
export type RecommendationInput = z.infer<typeof recommendationInputSchema>;

export const recommendationPatchSchema = z
  .object({
    expectedVersion: z.number().int().min(0),
    text: z.string().trim().min(1).optional(),
    addressees: z.array(z.string().trim().min(1)).min(1).optional(),
    ministries: z.array(z.string().trim().min(1)).min(1).optional(),
    theme: z.string().trim().min(1).optional(),
  })
  .strict();
export type RecommendationPatch = z.infer<typeof recommendationPatchSchema>;

/** A stance and response to one recommendation; the text may run to several paragraphs (blank lines). */
export const responseInputSchema = z
  .object({
    expectedVersion: z.number().int().min(0),
    stance: z.enum(stances),
    text: z.string().trim().min(1),
    /** Absent: the ministries of the recommendation. */
    ministries: z.array(z.string().trim().min(1)).min(1).optional(),
  })
  .strict();
export type ResponseInput = z.infer<typeof responseInputSchema>;

function invalid(what: string, issues: readonly z.core.$ZodIssue[]): FollowupError {
  const problems = issues.map((i) => `${i.path.join('.') || what}: ${i.message}`);
  return new FollowupError(`The ${what} cannot be saved: ${problems.join('; ')}.`, 'invalid-input', problems);
}

function valid<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(what, result.error.issues);
  return result.data;
}

/** A new edition with the lead department as sender and placeholder texts the officer replaces. */
export function draftEdition(input: NewEdition, today: string): Edition {
  const ministry = departments[input.leadDepartment as DepartmentCode];
  return valid(
    editionSchema,
    {
      id: input.id,
      title: input.title,
      yearFrom: input.yearFrom,
      yearTo: input.yearTo,
      leadDepartment: input.leadDepartment,
      sender: { department: input.leadDepartment },
      letter: {
        opening: `Hierbij ontvangt u de beleidsreactie op de ${input.title}.`,
        generalResponse: [],
        closing: 'Wij informeren uw Kamer over de voortgang.',
        signatories: [],
      },
      nota: {
        date: today,
        reference: '',
        addressedTo: [],
        sender: `Ministerie van ${ministry}`,
        aanleiding: [],
        geadviseerdBesluit: [],
        kernpunten: [],
        toelichting: [],
        contacts: [],
      },
    },
    'edition',
  );
}

const withoutNulls = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

function mergeObject(
  current: Record<string, unknown> | undefined,
  patch: Record<string, unknown>,
  known: readonly string[],
  name: string,
): Record<string, unknown> {
  const unknownKeys = Object.keys(patch).filter((k) => !known.includes(k));
  if (unknownKeys.length)
    throw new FollowupError(
      `The edition cannot be saved: ${name} has no field ${unknownKeys.join(', ')}; its fields are ${known.join(', ')}.`,
      'invalid-input',
      unknownKeys.map((k) => `${name}.${k}: unknown field`),
    );
  return withoutNulls({ ...current, ...patch });
}

/** The edition with the patch applied, validated whole (every problem listed together). */
export function patchEdition(edition: Edition, patch: EditionPatch): Edition {
  const { letter, nota, sender, ...top } = patch;
  const merged: Record<string, unknown> = withoutNulls({ ...edition, ...top });
  if (top.publishedOn === null) delete merged.publishedOn;
  if (top.leadDepartment === null) delete merged.leadDepartment;
  if (letter)
    merged.letter = mergeObject(edition.letter, letter, Object.keys(editionSchema.shape.letter.shape), 'letter');
  if (nota) merged.nota = mergeObject(edition.nota, nota, Object.keys(editionSchema.shape.nota.shape), 'nota');
  if (sender === null) delete merged.sender;
  else if (sender)
    merged.sender = mergeObject(
      edition.sender,
      sender,
      Object.keys(editionSchema.shape.sender.unwrap().shape),
      'sender',
    );
  const next = valid(editionSchema, merged, 'edition');
  if (next.yearTo < next.yearFrom)
    throw new FollowupError('The edition cannot be saved: yearTo comes before yearFrom.', 'invalid-input', [
      'yearTo: before yearFrom',
    ]);
  return next;
}

/** A new recommendation, numbered after the last one unless the officer gives a number. */
export function draftRecommendation(
  editionId: string,
  existing: readonly Recommendation[],
  input: RecommendationInput,
): Recommendation {
  const number = input.number ?? Math.max(0, ...existing.map((r) => r.number)) + 1;
  if (existing.some((r) => r.number === number))
    throw new FollowupError(
      `Edition ${editionId} has a recommendation ${number} already; edit it, or give another number.`,
      'conflict',
    );
  return valid(recommendationSchema, { ...input, editionId, number }, 'recommendation');
}

export function patchRecommendation(current: Recommendation, patch: RecommendationPatch): Recommendation {
  const { expectedVersion: _v, ...fields } = patch;
  return valid(recommendationSchema, { ...current, ...withoutNulls(fields) }, 'recommendation');
}

/** The stance and response to a recommendation; multi-paragraph texts keep their blank lines, trimmed per line. */
export function draftResponse(recommendation: Recommendation, input: ResponseInput): RecommendationResponse {
  const text = input.text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
  return valid(
    recommendationResponseSchema,
    {
      editionId: recommendation.editionId,
      recommendationNumber: recommendation.number,
      stance: input.stance,
      text,
      ministries: input.ministries ?? recommendation.ministries,
    },
    'response',
  );
}
