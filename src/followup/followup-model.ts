import { z } from 'zod';

/**
 * The follow-up cycle as data: a monitor edition holds numbered recommendations; the cabinet's
 * response (beleidsreactie) takes a stance per recommendation and makes commitments (toezeggingen)
 * to Parliament. Schemas validate at the edges (API, import, demo data); inside, plain types.
 */

export const stances = ['embraced', 'already-met', 'partly', 'not-adopted'] as const;
export type Stance = (typeof stances)[number];

/**
 * Stored statuses; `overdue` is only derived (an open commitment past its date), never stored.
 * `not-met` is the register's "Niet nagekomen": the date passed and the cabinet says it will not come.
 */
export const commitmentStatuses = ['open', 'met', 'partly-met', 'overdue', 'withdrawn', 'not-met'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as YYYY-MM-DD');

/** A Kamerstuk reference, e.g. "Kamerstukken II 2023/24, 31 015, nr. 275". */
export const kamerstukReferenceSchema = z.object({ citation: z.string().min(1) });
export type KamerstukReference = z.infer<typeof kamerstukReferenceSchema>;

/** When a commitment is due: a date, or a phrase resolved to a date with the phrase kept. */
export const promisedMomentSchema = z.object({
  /** The words as the minister used them ("voor het zomerreces"); kept, never replaced by the date. */
  phrase: z.string().optional(),
  due: isoDate.nullable(),
  /** Months between recurrences ("halfjaarlijks" = 6); absent for a one-off commitment. */
  everyMonths: z.number().int().positive().optional(),
  /** True when `due` is the tracker's reading of the phrase, not a date the minister gave. */
  derived: z.boolean().optional(),
  /** Why `due` is null: no term set ("zo spoedig mogelijk"), a later event ("in de volgende voortgangsbrief"), or words not understood. */
  undated: z.enum(['no-term', 'event', 'not-understood']).optional(),
});
export type PromisedMoment = z.infer<typeof promisedMomentSchema>;

/** A postponement announced to the Kamer: the date moves, the old one is kept with the reason. */
export const postponementSchema = z.object({
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  phrase: z.string().optional(),
  reason: z.string().min(1),
  /** The letter (Kamerstuk) that announced it to the Kamer. */
  announcedIn: z.string().optional(),
  /** The day it was announced: the new term is read from this day. */
  on: isoDate,
  /** When it was recorded. */
  at: z.string(),
});
export type Postponement = z.infer<typeof postponementSchema>;

/** One met occurrence of a recurring commitment ("halfjaarlijks"). */
export const occurrenceSchema = z.object({ due: isoDate, metOn: isoDate, evidence: z.string().min(1) });
export type Occurrence = z.infer<typeof occurrenceSchema>;

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
  /** The Kamer's number of the debate (activiteit) it was made in, e.g. 2026A01894. */
  activiteitNummer: z.string().optional(),
  /** The post (bewindspersoon) that made it; its holder on `madeOn` is who made it (see bewindspersonen.ts). */
  postId: z.string().min(1).optional(),
  madeOn: isoDate.optional(),
  /** The day the current status took effect (the letter that met it, the announcement of withdrawal). */
  statusOn: isoDate.optional(),
  /** Why it was withdrawn, not met, or reopened. */
  statusReason: z.string().optional(),
  postponements: z.array(postponementSchema).optional(),
  /** Met occurrences of a recurring commitment, oldest first. */
  occurrences: z.array(occurrenceSchema).optional(),
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

/** A signatory by title; the name is printed only when known (a draft may not know it yet). */
export const signatorySchema = z.object({ title: z.string().min(1), name: z.string().min(1).optional() });
export type Signatory = z.infer<typeof signatorySchema>;

/** The ministries (departments) by their usual abbreviation, as officers and the nota write them. */
export const departments = {
  AZ: 'Algemene Zaken',
  BZ: 'Buitenlandse Zaken',
  BZK: 'Binnenlandse Zaken en Koninkrijksrelaties',
  DEF: 'Defensie',
  EZ: 'Economische Zaken',
  FIN: 'Financiën',
  IenW: 'Infrastructuur en Waterstaat',
  JenV: 'Justitie en Veiligheid',
  KGG: 'Klimaat en Groene Groei',
  LVVN: 'Landbouw, Visserij, Voedselzekerheid en Natuur',
  OCW: 'Onderwijs, Cultuur en Wetenschap',
  SZW: 'Sociale Zaken en Werkgelegenheid',
  VRO: 'Volkshuisvesting en Ruimtelijke Ordening',
  VWS: 'Volksgezondheid, Welzijn en Sport',
} as const;
export type DepartmentCode = keyof typeof departments;
export const departmentCodes = Object.keys(departments) as DepartmentCode[];

/** The sending organisation as the letterhead and the nota's header print it. */
export const senderSchema = z.object({
  /** A department code, e.g. "JenV". */
  department: z.string().min(1),
  directorateGeneral: z.string().min(1).optional(),
  directorate: z.string().min(1).optional(),
  unit: z.string().min(1).optional(),
  /** Visiting address lines, e.g. ["Turfmarkt 147", "2511 DP Den Haag"]. */
  visitingAddress: z.array(z.string().min(1)).optional(),
  /** Postal address lines, e.g. ["Postbus 20301", "2500 EH Den Haag"]. */
  postalAddress: z.array(z.string().min(1)).optional(),
});
export type Sender = z.infer<typeof senderSchema>;

/**
 * A section of the letter with its own subheading, answering one or more recommendations together
 * (real responses group recommendations). Recommendations in no section get a section of their own.
 */
export const letterSectionSchema = z.object({
  heading: z.string().min(1),
  recommendations: z.array(z.number().int().positive()),
  /** Paragraphs before the responses to the grouped recommendations. */
  intro: z.array(z.string().min(1)).optional(),
});
export type LetterSection = z.infer<typeof letterSectionSchema>;

export const editionSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  publishedOn: isoDate.optional(),
  /** The department that leads the response (its minister's office approves); a department code. */
  leadDepartment: z.string().min(1).optional(),
  /** Letterhead and nota header; absent: the lead department without address lines. */
  sender: senderSchema.optional(),
  /** The policy response letter to Parliament. */
  letter: z.object({
    /** Given by the Kamer after sending; never printed before it is known. */
    kamerstuk: z.string().optional(),
    /** The date of sending. */
    date: isoDate.optional(),
    /** Ons kenmerk. */
    reference: z.string().optional(),
    /** Uw kenmerk: the Kamer's reference when the letter answers a request of the Kamer; printed only when given. */
    yourReference: z.string().optional(),
    /** Bijlage(n): titles of enclosures. */
    attachments: z.array(z.string().min(1)).optional(),
    opening: z.string().min(1),
    generalResponse: z.array(z.string().min(1)),
    /** Grouping of recommendations under subheadings; a response's text may hold several paragraphs (blank line). */
    sections: z.array(letterSectionSchema).optional(),
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
    /** Bijlage(n) of the nota (the draft letter, the monitor, …). */
    bijlagen: z.array(z.string().min(1)).optional(),
    /** 4. Toelichting — Bevindingen: the monitor's findings as bullets. */
    bevindingen: z.array(z.string().min(1)).optional(),
    /** Krachtenveld: how Parliament, the Rapporteur, partners and the press are expected to respond. */
    krachtenveld: z.array(z.string().min(1)).optional(),
    /** Communicatie: how and when the response is made public. */
    communicatie: z.array(z.string().min(1)).optional(),
    financieleGevolgen: z.array(z.string().min(1)).optional(),
    juridischeGevolgen: z.array(z.string().min(1)).optional(),
    /** 5. Informatie die niet openbaar gemaakt kan worden: the officer's own text; absent: the standard text. */
    nietOpenbaar: z.array(z.string().min(1)).optional(),
  }),
});
export type Edition = z.infer<typeof editionSchema>;

/** Who changed what, when: every change to an entity lands here. */
export type HistoryEntry = {
  readonly entity: 'edition' | 'recommendation' | 'response' | 'commitment' | 'workflow' | 'post';
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
