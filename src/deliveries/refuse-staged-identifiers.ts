import type { RecordType } from '../contract/index.ts';
import type { Store } from '../store/index.ts';
import { type ColumnRule, columnRules } from './column-rules.ts';
import { directIdentifiersMessage, identifierInTokenValue, namePattern, notNames } from './direct-identifiers.ts';
import { DeliveryError } from './delivery-error.ts';

const q = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A value that looks like a plain name (see `namePattern`): two letters at least, and not a code or placeholder word. */
const nameLike = (v: string) =>
  `(regexp_full_match(${v}, ${q(namePattern)}) AND length(regexp_replace(${v}, '[^\\p{L}]', '', 'g')) >= 2
    AND lower(regexp_replace(${v}, '[^A-Za-z0-9]', '', 'g')) NOT IN (${notNames.map(q).join(', ')}))`;
/** A cheap pre-filter for what `identifierInTokenValue` confirms: digits (a BSN) or a date. */
const bsnOrDateLike = (v: string) =>
  `(regexp_full_match(${v}, '[0-9 .-]{8,12}') OR regexp_matches(${v}, '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}'))`;

/** A name where a token belongs in at least this share of a column's filled values makes the file a raw extract. */
const nameShare = 0.5;

/**
 * Refuses, as a whole, a validated staging (`stage_raw`, `stage_quarantine`) whose token columns
 * hold direct identifiers instead of tokens: any BSN or date of birth, or names in half a column or
 * more. The file is a raw extract, and quarantining its rows would store the identifiers in the
 * quarantine. Only token values the validation already refused are searched, so a delivery without
 * them costs one count.
 */
export async function refuseStagedDirectIdentifiers(store: Store, recordType: RecordType): Promise<void> {
  const tokens = Object.entries(columnRules[recordType] as Readonly<Record<string, ColumnRule>>)
    .filter(([, rule]) => rule.kind === 'token')
    .map(([column]) => column);
  if (tokens.length === 0) return;
  // the token cells that are not tokens are already in the quarantine, as `type` problems: search only those
  const inTokens = `rule = 'type' AND column_name IN (${tokens.map(q).join(', ')}) AND value IS NOT NULL`;
  const [problems] = await store.all<{ n: number }>(`SELECT count(*) AS n FROM stage_quarantine WHERE ${inTokens}`);
  if (!problems?.n) return;
  // in file order, and within a row in the contract's column order
  const notTokens = `(SELECT row_number, column_name, trim(value) AS value, list_position([${tokens.map(q).join(', ')}], column_name) AS position
     FROM stage_quarantine WHERE ${inTokens})`;

  const candidates = await store.all<{ row_number: number; column_name: string; value: string }>(
    `SELECT row_number, column_name, value FROM ${notTokens} WHERE ${bsnOrDateLike('value')} ORDER BY row_number, position LIMIT 1000`,
  );
  for (const { row_number, column_name, value } of candidates) {
    const kind = identifierInTokenValue(value);
    if (kind)
      throw refusal(`column "${column_name}" holds ${kind} in row ${row_number}, not a token`, column_name, row_number);
  }

  const names = await store.all<{ column_name: string; names: number; first_row: number }>(
    `SELECT column_name, count(*) AS names, min(row_number) AS first_row, min(position) AS position
     FROM ${notTokens} WHERE ${nameLike('value')} GROUP BY column_name ORDER BY first_row, position`,
  );
  if (names.length === 0) return;
  const [filled] = await store.all<Record<string, number>>(
    `SELECT ${tokens.map((c) => `count(*) FILTER (WHERE trim(s."${c}") <> '') AS "${c}"`).join(', ')} FROM stage_raw s`,
  );
  for (const { column_name, names: count, first_row } of names) {
    if (count >= nameShare * (filled?.[column_name] ?? 0)) {
      throw refusal(`column "${column_name}" holds names, not tokens, as in row ${first_row}`, column_name, first_row);
    }
  }
}

const refusal = (where: string, column: string, row: number) =>
  new DeliveryError(directIdentifiersMessage(where), column, row);
