import { z } from 'zod';

/**
 * The follow-up cycle as data: a monitor edition holds numbered recommendations; the cabinet's
 * response (beleidsreactie) takes a stance per recommendation and makes commitments (toezeggingen)
 * to Parliament. Schemas validate at the edges (API, import, demo data); inside, plain types.
 */

export const stances = ['embraced', 'already-met', 'partly', 'not-adopted'] as const;
export type Stance = (typeof stances)[number];

/** Stored statuses; `overdue` is also derived for an open commitment past its date. */
export const commitmentStatuses = ['open', 'met', 'partly-met', 'overdue', 'withdrawn'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as YYYY-MM-DD');

/** A Kamerstuk reference, e.g. "Kamerstukken II 2023/24, 31 015, nr. 275". */
export const kamerstukReferenceSchema = z.object({ citation: z.string().min(1) });
export type KamerstukReference = z.infer<typeof kamerstukReferenceSchema>;

/** When a commitment is due: a date, or a phrase resolved to a date with the phrase kept. */
export const promisedMomentSchema = z.object({
  phrase: z.string().optional(),
  due: isoDate.nullable(),
  /** Months between recurrences ("halfjaarlijks" = 6); absent for a one-off commitment. */
  everyMonths: z.number().int().positive().optional(),
});
export type PromisedMoment = z.infer<typeof promisedMomentSchema>;

export const commitmentSchema = z.object({
  id: z.string().min(1),
  editionId: z.string().min(1),
  /** The recommendation it answers; absent for a commitment made in the general response. */
  recommendationNumber: z.number().int().positive().optional(),
  what: z.string().min(1),
  /** The minister or ministry who promised it, e.g. "Minister van Justitie en Veiligheid". */
  who: z.string().min(1),
  ministry: z.string().min(1),
  promised: promisedMomentSchema,
  status: z.enum(commitmentStatuses),
  evidence: z.string().optional(),
  references: z.array(kamerstukReferenceSchema),
  /** The Tweede Kamer's own number when the commitment is registered there (e.g. TZ202603-130). */
  kamerNummer: z.string().optional(),
  madeOn: isoDate.optional(),
  changedAt: z.string(),
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const recommendationSchema = z.object({
  editionId: z.string().min(1),
  number: z.number().int().positive(),
  text: z.string().min(1),
  /** Addressed ministers, e.g. "Minister voor Rechtsbescherming". */
  addressees: z.array(z.string().min(1)).min(1),
  ministries: z.array(z.string().min(1)).min(1),
  /** A short theme key that lets recommendations be compared across editions. */
  theme: z.string().min(1),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const recommendationResponseSchema = z.object({
  editionId: z.string().min(1),
  recommendationNumber: z.number().int().positive(),
  stance: z.enum(stances),
  text: z.string().min(1),
  ministries: z.array(z.string().min(1)).min(1),
});
export type RecommendationResponse = z.infer<typeof recommendationResponseSchema>;

/** A civil servant named in internal documents; never shown in public versions. */
export const civilServantSchema = z.object({
  name: z.string().min(1),
  role: z.string().min(1),
  phone: z.string().optional(),
  email: z.string().optional(),
});
export type CivilServant = z.infer<typeof civilServantSchema>;

export const signatorySchema = z.object({ title: z.string().min(1), name: z.string().min(1) });
export type Signatory = z.infer<typeof signatorySchema>;

export const editionSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  publishedOn: isoDate.optional(),
  /** The policy response letter to Parliament. */
  letter: z.object({
    kamerstuk: z.string().optional(),
    date: isoDate.optional(),
    opening: z.string().min(1),
    generalResponse: z.array(z.string().min(1)),
    closing: z.string().min(1),
    signatories: z.array(signatorySchema),
  }),
  /** The internal memo (nota) asking the minister to approve the letter. */
  nota: z.object({
    date: isoDate,
    reference: z.string(),
    addressedTo: z.array(z.string().min(1)),
    sender: z.string().min(1),
    aanleiding: z.array(z.string().min(1)),
    geadviseerdBesluit: z.array(z.string().min(1)),
    kernpunten: z.array(z.string().min(1)),
    toelichting: z.array(z.string().min(1)),
    contacts: z.array(civilServantSchema),
  }),
});
export type Edition = z.infer<typeof editionSchema>;

/** Who changed what, when: every change to an entity lands here. */
export type HistoryEntry = {
  readonly entity: 'edition' | 'recommendation' | 'response' | 'commitment' | 'workflow';
  readonly entityId: string;
  readonly at: string;
  /** The actor's name now; an authenticated user id later. */
  readonly actor: string;
  readonly action: string;
  readonly detail: Readonly<Record<string, unknown>>;
};

/** Who acts, and when: passed in so the core has no clock and knows nothing of authentication. */
export type Actor = { readonly name: string; readonly userId?: string };
export type ChangeContext = { readonly actor: Actor; readonly at: string };
