import { createHash } from 'node:crypto';
import { z } from 'zod';
import { FollowupError } from './followup-error.ts';
import { type Commitment, type CommitmentStatus, commitmentSchema, commitmentStatuses } from './followup-model.ts';

/**
 * A commitment (toezegging) shaped like the Tweede Kamer open-data entity `Toezegging`, with the
 * Kamer's field names. Person fields stay empty: the tracker records the function, not the person.
 * Fields the Kamer lacks travel as `Zicht_*` so an export imports back without loss.
 */
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
  Status: z.enum(['Openstaand', 'Voldaan', 'Afgedaan', 'Niet nagekomen']),
  DatumNakoming: z.string(),
  KamerbriefNakoming: z.string().nullable(),
  GewijzigdOp: z.string().nullable(),
  ApiGewijzigdOp: z.string().nullable(),
  Verwijderd: z.boolean(),
  Zicht_CommitmentId: z.string().optional(),
  Zicht_EditieId: z.string().optional(),
  Zicht_Aanbeveling: z.number().int().positive().nullable().optional(),
  Zicht_Status: z.enum(commitmentStatuses).optional(),
  Zicht_Termijn: z.string().nullable().optional(),
  Zicht_HerhaalMaanden: z.number().int().positive().nullable().optional(),
  Zicht_Verwijzingen: z.array(z.string()).optional(),
});
export type Toezegging = z.infer<typeof toezeggingSchema>;

const noDate = '0001-01-01T00:00:00';
const kamerStatus: Record<CommitmentStatus, Toezegging['Status']> = {
  open: 'Openstaand',
  overdue: 'Openstaand',
  'partly-met': 'Openstaand',
  met: 'Voldaan',
  withdrawn: 'Afgedaan',
};
/** The Kamer has no 'overdue' or 'partly met'; 'Niet nagekomen' stays open so its date shows it late. */
const fromKamerStatus: Record<Toezegging['Status'], CommitmentStatus> = {
  Openstaand: 'open',
  Voldaan: 'met',
  Afgedaan: 'met',
  'Niet nagekomen': 'open',
};

/** A stable GUID per commitment id, so repeated exports agree. */
export function toezeggingGuid(commitmentId: string): string {
  const h = createHash('sha1').update(`zicht:toezegging:${commitmentId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

export function toToezegging(c: Commitment): Toezegging {
  return {
    Id: toezeggingGuid(c.id),
    Nummer: c.kamerNummer ?? null,
    Aanmaakdatum: c.madeOn ? `${c.madeOn}T00:00:00` : null,
    ActiviteitNummer: null,
    Naam: null,
    Initialen: null,
    Voornaam: null,
    Tussenvoegsel: null,
    Achternaam: null,
    Achtervoegsel: null,
    Titulatuur: null,
    Functie: c.who,
    Ministerie: c.ministry,
    Tekst: c.what,
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
    Zicht_Termijn: c.promised.phrase ?? null,
    Zicht_HerhaalMaanden: c.promised.everyMonths ?? null,
    Zicht_Verwijzingen: c.references.map((r) => r.citation),
  };
}

/**
 * Reads Toezegging records (ours, or the Kamer's own with `defaultEditionId`) into commitments.
 * Reports every bad record at once.
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
    const c = commitmentSchema.safeParse({
      id: r.Zicht_CommitmentId ?? r.Nummer ?? r.Id,
      editionId,
      ...(r.Zicht_Aanbeveling ? { recommendationNumber: r.Zicht_Aanbeveling } : {}),
      what: r.Tekst,
      who: r.Functie,
      ministry: r.Ministerie,
      promised: {
        due,
        ...(r.Zicht_Termijn ? { phrase: r.Zicht_Termijn } : {}),
        ...(r.Zicht_HerhaalMaanden ? { everyMonths: r.Zicht_HerhaalMaanden } : {}),
      },
      status: r.Zicht_Status ?? fromKamerStatus[r.Status],
      ...(r.KamerbriefNakoming ? { evidence: r.KamerbriefNakoming } : {}),
      references: (r.Zicht_Verwijzingen ?? []).map((citation) => ({ citation })),
      ...(r.Nummer ? { kamerNummer: r.Nummer } : {}),
      ...(r.Aanmaakdatum ? { madeOn: r.Aanmaakdatum.slice(0, 10) } : {}),
      changedAt: r.GewijzigdOp ?? r.ApiGewijzigdOp ?? '',
    });
    if (c.success) out.push(c.data);
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
