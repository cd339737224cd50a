import type { OfficerTexts } from './officer-texts.ts';

/** One step of a field path: a name (`nota`) or the key of a list element (`[2]`, `[VWS]`, `[T-1]`). */
export type PathPart = { readonly name: string } | { readonly key: string };

/** `workflow.coordination[VWS].comments[0]` → workflow, coordination, [VWS], comments, [0]. */
export function pathParts(path: string): PathPart[] {
  return [...path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)].map((m) =>
    m[2] !== undefined ? { key: m[2] } : { name: m[1] ?? '' },
  );
}

// lists of paragraphs: an element is "alinea n" (its place, counted from 1)
const paragraphLists = new Set([
  'generalResponse',
  'intro',
  'attachments',
  'addressedTo',
  'aanleiding',
  'geadviseerdBesluit',
  'kernpunten',
  'bevindingen',
  'toelichting',
  'krachtenveld',
  'communicatie',
  'financieleGevolgen',
  'juridischeGevolgen',
  'nietOpenbaar',
  'bijlagen',
  'visitingAddress',
  'postalAddress',
  'addressees',
  'ministries',
]);
// lists whose elements the path names by their own key (a recommendation's number, a department, an id)
const keyedLists = new Set(['recommendations', 'responses', 'commitments', 'coordination']);

/**
 * Where a proposed redaction stands, in words: `nota.kernpunten[2]` → "Nota — kernpunten, alinea 3",
 * `workflow.coordination[VWS].comments[0]` → "Afstemming — partij VWS, opmerking 1". Unknown names stay as they are.
 */
export function fieldLabel(path: string, t: OfficerTexts): string {
  const words: string[] = [];
  let list = '';
  for (const [i, part] of pathParts(path).entries()) {
    if ('key' in part) {
      const numeric = /^\d+$/.test(part.key);
      if (paragraphLists.has(list) && numeric) words.push(t.fieldParagraph(Number(part.key) + 1));
      else {
        const shown = keyedLists.has(list) || !numeric ? part.key : String(Number(part.key) + 1);
        if (words.length > 0) words[words.length - 1] += ` ${shown}`;
        else words.push(shown);
      }
      continue;
    }
    list = part.name;
    const name = (i === 0 ? t.fieldNames[`top:${part.name}`] : undefined) ?? t.fieldNames[part.name];
    if (name !== '') words.push(name ?? part.name);
  }
  const [first = path, ...rest] = words;
  return rest.length ? `${first} — ${rest.join(', ')}` : first;
}

/** How the server names a list element in a path: by number, id or department where it has one, else by place. */
function elementAt(list: readonly unknown[], key: string): unknown {
  const found = list.find((item) => {
    if (!item || typeof item !== 'object') return false;
    const o = item as Record<string, unknown>;
    const own =
      typeof o.recommendationNumber === 'number' && !('what' in o)
        ? String(o.recommendationNumber)
        : typeof o.number === 'number'
          ? String(o.number)
          : typeof o.id === 'string'
            ? o.id
            : typeof o.department === 'string' && !('kind' in o)
              ? typeof o.directorate === 'string'
                ? `${o.department}/${o.directorate}`
                : o.department
              : null;
    return own === key;
  });
  return found ?? (/^\d+$/.test(key) ? list[Number(key)] : undefined);
}

/** The text at `path` in `root` (the record: edition fields, recommendations, responses, commitments, workflow). */
export function textAt(root: unknown, path: string): string | null {
  let here: unknown = root;
  for (const part of pathParts(path)) {
    if (here === null || typeof here !== 'object') return null;
    here =
      'key' in part
        ? Array.isArray(here)
          ? elementAt(here, part.key)
          : undefined
        : (here as Record<string, unknown>)[part.name];
  }
  return typeof here === 'string' ? here : null;
}

/** Up to `room` characters either side of the first occurrence of `needle` (any case). */
export function around(
  haystack: string,
  needle: string,
  room = 90,
): { before: string; match: string; after: string } | null {
  const at = haystack.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0) return null;
  const start = Math.max(0, at - room);
  const end = Math.min(haystack.length, at + needle.length + room);
  return {
    before: `${start > 0 ? '…' : ''}${haystack.slice(start, at)}`,
    match: haystack.slice(at, at + needle.length),
    after: `${haystack.slice(at + needle.length, end)}${end < haystack.length ? '…' : ''}`,
  };
}
