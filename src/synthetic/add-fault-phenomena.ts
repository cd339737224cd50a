import type { SourceCode } from '../contract/index.ts';
import type { InjectedFault, PersonPhenomena, PersonPhenomenon, SourceExtract } from './synthetic-chain.ts';

const phenomenonOfFault: Partial<Record<InjectedFault['kind'], PersonPhenomenon>> = {
  name_typo: 'name_typo',
  dob_day_month_swapped: 'dob_day_month_swapped',
  dob_missing: 'dob_missing',
  dob_year_off: 'dob_year_off',
};

/**
 * The recorded phenomena of each local person id plus those its person rows got from plausible
 * faults (a typo, a swapped, missing or year-off birth date). Invalid and duplicate rows add none.
 */
export function addFaultPhenomena(
  recorded: readonly PersonPhenomena[],
  faults: readonly InjectedFault[],
  extracts: Record<SourceCode, SourceExtract>,
): PersonPhenomena[] {
  const byKey = new Map<string, PersonPhenomena>();
  const result = recorded.map((p) => {
    const copy = { ...p, phenomena: [...p.phenomena] };
    byKey.set(`${p.source}/${p.person_id}`, copy);
    return copy;
  });
  for (const f of faults) {
    const phenomenon = phenomenonOfFault[f.kind];
    if (f.recordType !== 'person' || phenomenon === undefined) continue;
    const row = extracts[f.source].person[f.rowIndex];
    const entry = byKey.get(`${f.source}/${String(row?.person_id)}`);
    if (entry && !entry.phenomena.includes(phenomenon)) entry.phenomena.push(phenomenon);
  }
  return result;
}
