import { createHash } from 'node:crypto';
import { z } from 'zod';
import { commitmentHolders, type Post } from './bewindspersonen.ts';
import { FollowupError } from '../followup-error.ts';
import {
  type Commitment,
  type CommitmentStatus,
  commitmentSchema,
  commitmentStatuses,
  occurrenceSchema,
  postponementSchema,
} from '../followup-model.ts';
import { registerText } from './register-text.ts';

/**
 * A commitment (toezegging) shaped like the Tweede Kamer open-data entity `Toezegging`, with the
 * Kamer's field names and values. The person fields are the holder of the post on the day it was
 * made; Functie is the post's title then; Tekst is the register's sentence ("De minister zegt toe
 * …"). Fields the Kamer lacks travel as `Zicht_*` so an export imports back without loss.
 */
const kamerStatuses = [
  'Openstaand',
  'Voldaan',
  'Deels voldaan',
  'Vervallen',
  'Niet nagekomen',
  // older values in the Kamer's data
  'Afgedaan',
  'Deels afgedaan',
] as const;

export const toezeggingSchema = z.object({
  Id: z.string().min(1),
  Nummer: z.string().nullable(),
  Aanmaakdatum: z.string().nullable(),
  ActiviteitNummer: z.string().nullable(),
  Naam: z.string().nullable(),
  Initialen: z.string().nullable(),
  Voornaam: z.string().nullable(),
  Tussenvoegsel: z.string().nullable(),
  Achternaam: z.string().nullable(),
  Achtervoegsel: z.string().nullable(),
  Titulatuur: z.string().nullable(),
  Functie: z.string().min(1),
  Ministerie: z.string().min(1),
  Tekst: z.string().min(1),
  Status: z.enum(kamerStatuses),
  DatumNakoming: z.string(),
  KamerbriefNakoming: z.string().nullable(),
  GewijzigdOp: z.string().nullable(),
  ApiGewijzigdOp: z.string().nullable(),
  Verwijderd: z.boolean(),
  Zicht_CommitmentId: z.string().optional(),
  Zicht_EditieId: z.string().optional(),
  Zicht_Aanbeveling: z.number().int().positive().nullable().optional(),
  Zicht_Status: z.enum(commitmentStatuses).optional(),
  Zicht_Wat: z.string().optional(),
  Zicht_Wie: z.string().optional(),
  Zicht_PostId: z.string().nullable().optional(),
  Zicht_Termijn: z.string().nullable().optional(),
  Zicht_Afgeleid: z.boolean().nullable().optional(),
  Zicht_ZonderDatum: z.enum(['no-term', 'event', 'not-understood']).nullable().optional(),
  Zicht_HerhaalMaanden: z.number().int().positive().nullable().optional(),
  Zicht_Verwijzingen: z.array(z.string()).optional(),
  Zicht_StatusOp: z.string().nullable().optional(),
  Zicht_Reden: z.string().nullable().optional(),
  Zicht_Bewijs: z.string().nullable().optional(),
  Zicht_Uitstel: z.array(postponementSchema).optional(),
  Zicht_Keren: z.array(occurrenceSchema).optional(),
  /** Who answers for it now: the post's holder on the day of the export. */
  Zicht_NuVerantwoordelijk: z.string().nullable().optional(),
});
export type Toezegging = z.infer<typeof toezeggingSchema>;

const noDate = '0001-01-01T00:00:00';
const kamerStatus: Record<CommitmentStatus, Toezegging['Status']> = {
  open: 'Openstaand',
  overdue: 'Openstaand',
  'partly-met': 'Deels voldaan',
  met: 'Voldaan',
  withdrawn: 'Vervallen',
  'not-met': 'Niet nagekomen',
};
const fromKamerStatus: Record<Toezegging['Status'], CommitmentStatus> = {
  Openstaand: 'open',
  Voldaan: 'met',
  Afgedaan: 'met',
  'Deels voldaan': 'partly-met',
  'Deels afgedaan': 'partly-met',
  Vervallen: 'withdrawn',
  'Niet nagekomen': 'not-met',
};

/** A stable GUID per commitment id, so repeated exports agree. */
export function toezeggingGuid(commitmentId: string): string {
  const h = createHash('sha1').update(`zicht:toezegging:${commitmentId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** One commitment as a Toezegging without posts: the person fields stay empty, Functie is `who`. */
export function toToezegging(c: Commitment): Toezegging {
  return toezeggingOf(c, [], c.changedAt.slice(0, 10));
}

/**
 * One commitment as a Toezegging. `posts` give the person fields (the holder on `madeOn`) and the
 * title then; `today` names who answers for it now.
 */
export function toezeggingOf(c: Commitment, posts: readonly Post[], today: string): Toezegging {
  const at = today;
  const { post, madeBy, titleThen, now } = commitmentHolders(c, posts, at);
  const functie = post ? titleThen : c.who;
  return {
    Id: toezeggingGuid(c.id),
    Nummer: c.kamerNummer ?? null,
    Aanmaakdatum: c.madeOn ? `${c.madeOn}T00:00:00` : null,
    ActiviteitNummer: c.activiteitNummer ?? null,
    Naam: madeBy?.name ?? null,
    Initialen: madeBy?.initials ?? null,
    Voornaam: orNull(madeBy?.voornaam),
    Tussenvoegsel: orNull(madeBy?.tussenvoegsel),
    Achternaam: madeBy?.achternaam ?? null,
    Achtervoegsel: null,
    Titulatuur: null,
    Functie: functie,
    Ministerie: c.ministry,
    Tekst: registerText(c.what, functie),
    Status: kamerStatus[c.status],
    DatumNakoming: c.promised.due ? `${c.promised.due}T00:00:00` : noDate,
    KamerbriefNakoming: c.status === 'met' || c.status === 'partly-met' ? (c.evidence ?? null) : null,
    GewijzigdOp: c.changedAt,
    ApiGewijzigdOp: c.changedAt,
    Verwijderd: false,
    Zicht_CommitmentId: c.id,
    Zicht_EditieId: c.editionId,
    Zicht_Aanbeveling: c.recommendationNumber ?? null,
    Zicht_Status: c.status,
    Zicht_Wat: c.what,
    Zicht_Wie: c.who,
    Zicht_PostId: c.postId ?? null,
    Zicht_Termijn: c.promised.phrase ?? null,
    Zicht_Afgeleid: c.promised.derived ?? null,
    Zicht_ZonderDatum: c.promised.undated ?? null,
    Zicht_HerhaalMaanden: c.promised.everyMonths ?? null,
    Zicht_Verwijzingen: c.references.map((r) => r.citation),
    Zicht_StatusOp: c.statusOn ?? null,
    Zicht_Reden: c.statusReason ?? null,
    Zicht_Bewijs: c.evidence ?? null,
    ...(c.postponements ? { Zicht_Uitstel: c.postponements } : {}),
    ...(c.occurrences ? { Zicht_Keren: c.occurrences } : {}),
    Zicht_NuVerantwoordelijk: now ? `${now.title ?? post?.title}, ${now.name}` : null,
  };
}

/** Every commitment as a Toezegging, the person fields from `posts`. */
export function toToezeggingen(
  commitments: readonly Commitment[],
  posts: readonly Post[],
  today: string,
): Toezegging[] {
  return commitments.map((c) => toezeggingOf(c, posts, today));
}

const defined = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

/**
 * Reads Toezegging records (ours, or the Kamer's own with `defaultEditionId`) into commitments.
 * A bare Kamer record keeps its Tekst as what was promised and its Functie as who; both old
 * (Afgedaan, Deels afgedaan) and new status values are read. Reports every bad record at once.
 */
export function fromToezeggingen(input: unknown, defaultEditionId?: string): Commitment[] {
  const list = z.array(z.unknown()).safeParse(input);
  if (!list.success) throw new FollowupError('Expected a JSON array of Toezegging records.', 'invalid-input');
  const problems: string[] = [];
  const out: Commitment[] = [];
  list.data.forEach((raw, i) => {
    const t = toezeggingSchema.safeParse(raw);
    if (!t.success) {
      problems.push(...t.error.issues.map((issue) => `record ${i + 1}, ${issue.path.join('.')}: ${issue.message}`));
      return;
    }
    const r = t.data;
    const editionId = r.Zicht_EditieId ?? defaultEditionId;
    if (!editionId) {
      problems.push(`record ${i + 1}: no Zicht_EditieId; say which edition it belongs to (--edition)`);
      return;
    }
    const due = r.DatumNakoming.startsWith('0001-01-01') ? null : r.DatumNakoming.slice(0, 10);
    const status = r.Zicht_Status ?? fromKamerStatus[r.Status];
    const evidence = r.Zicht_Bewijs ?? r.KamerbriefNakoming ?? undefined;
    const c = commitmentSchema.safeParse(
      defined({
        id: r.Zicht_CommitmentId ?? r.Nummer ?? r.Id,
        editionId,
        recommendationNumber: r.Zicht_Aanbeveling ?? undefined,
        what: r.Zicht_Wat ?? r.Tekst,
        who: r.Zicht_Wie ?? r.Functie,
        ministry: r.Ministerie,
        promised: {
          due,
          phrase: r.Zicht_Termijn ?? undefined,
          everyMonths: r.Zicht_HerhaalMaanden ?? undefined,
          derived: r.Zicht_Afgeleid ?? undefined,
          undated: r.Zicht_ZonderDatum ?? undefined,
        },
        status,
        evidence,
        references: (r.Zicht_Verwijzingen ?? []).map((citation) => ({ citation })),
        kamerNummer: r.Nummer ?? undefined,
        activiteitNummer: r.ActiviteitNummer ?? undefined,
        postId: r.Zicht_PostId ?? undefined,
        madeOn: r.Aanmaakdatum?.slice(0, 10),
        statusOn: r.Zicht_StatusOp ?? undefined,
        statusReason: r.Zicht_Reden ?? undefined,
        postponements: r.Zicht_Uitstel,
        occurrences: r.Zicht_Keren,
        changedAt: r.GewijzigdOp ?? r.ApiGewijzigdOp ?? '',
      }),
    );
    if (c.success) out.push(defined(c.data));
    else problems.push(...c.error.issues.map((issue) => `record ${i + 1}, ${issue.path.join('.')}: ${issue.message}`));
  });
  if (problems.length)
    throw new FollowupError(
      `Cannot import ${problems.length} problem(s): ${problems.join('; ')}`,
      'invalid-input',
      problems,
    );
  return out;
}
