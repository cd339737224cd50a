import { type WordChange, wordDiff } from './text-diff.ts';

/** One changed field between two versions: its path (`letter.generalResponse.2`), both values, and the words. */
export type FieldChange = {
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly words: readonly WordChange[];
};
export type VersionDiff = { readonly changes: readonly FieldChange[] };

/** Every leaf of a JSON value by its dotted path; arrays by index. An empty array or object is a leaf. */
function leaves(value: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> {
  if (Array.isArray(value) && value.length > 0) {
    for (const [i, v] of value.entries()) leaves(v, path ? `${path}.${i}` : `${i}`, out);
  } else if (value !== null && typeof value === 'object' && Object.keys(value).length > 0)
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  else if (value !== undefined) out.set(path, value);
  return out;
}

const asText = (value: unknown) =>
  value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/** The fields that differ between two versions of an entity, in the order of the newer one (removed fields last). */
export function diffVersions(before: unknown, after: unknown): VersionDiff {
  const old = leaves(before, '', new Map());
  const now = leaves(after, '', new Map());
  const paths = [...now.keys(), ...[...old.keys()].filter((p) => !now.has(p))];
  const changes: FieldChange[] = [];
  for (const path of paths) {
    const a = old.get(path);
    const b = now.get(path);
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    changes.push({
      path,
      ...(a !== undefined ? { before: a } : {}),
      ...(b !== undefined ? { after: b } : {}),
      words: wordDiff(asText(a), asText(b)),
    });
  }
  return { changes };
}
