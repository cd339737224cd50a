import type { ConfirmedRedaction } from '../followup-data.ts';
import type { CivilServant } from '../followup-model.ts';

/** A ground of the Wet open overheid (Woo) for withholding text from a public version. */
export type WooGround = ConfirmedRedaction['ground'];

/** The mark a public version prints in place of withheld text, naming its ground. */
export const wooMark = (ground: WooGround): string => `[${ground} Woo]`;

/** Each ground as the public version's statement spells it out. */
export const wooGroundDescriptions: Readonly<Record<WooGround, string>> = {
  '5.1.2e': 'art. 5.1, tweede lid, onder e Woo: persoonlijke levenssfeer van ambtenaren',
  '5.2': 'art. 5.2 Woo: persoonlijke beleidsopvattingen in intern beraad',
};

const groundOrder: readonly WooGround[] = ['5.1.2e', '5.2'];

/**
 * The sentence a public version prints naming every ground it used, in the order of the Woo;
 * empty when nothing was withheld.
 */
export function wooGroundsStatement(grounds: readonly WooGround[]): string {
  const used = groundOrder.filter((g) => grounds.includes(g));
  if (used.length === 0) return '';
  const listed = used.map((g) => `${wooMark(g)} ${wooGroundDescriptions[g]}`).join('; ');
  return `In deze openbare versie is informatie weggelaten op grond van de Wet open overheid (Woo); bij elke weglating staat de grond: ${listed}.`;
}

const wordChar = /[\p{L}\p{N}]/u;

/** A pattern for one confirmed text: any case, any run of whitespace, whole words at letter edges. */
function confirmedPattern(text: string): string {
  const body = text
    .trim()
    .split(/\s+/)
    .map((part) => escapeRegExp(part))
    .join('\\s+');
  const trimmed = text.trim();
  const before = wordChar.test(trimmed[0] ?? '') ? '(?<![\\p{L}\\p{N}])' : '';
  const after = wordChar.test(trimmed[trimmed.length - 1] ?? '') ? '(?![\\p{L}\\p{N}])' : '';
  return `${before}${body}${after}`;
}

/**
 * Replaces every occurrence of each confirmed text (any case, longest first, so a full name wins
 * over its surname) by the mark of its ground. One pass, so a mark is never redacted again.
 */
export function applyConfirmedRedactions(text: string, confirmed: readonly ConfirmedRedaction[]): string {
  const byText = new Map<string, WooGround>();
  for (const r of confirmed) {
    const key = r.text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
    if (key && !byText.has(key)) byText.set(key, r.ground);
  }
  if (byText.size === 0) return text;
  const entries = [...byText].sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  const pattern = new RegExp(entries.map(([t]) => `(${confirmedPattern(t)})`).join('|'), 'giu');
  return text.replace(pattern, (...groups: unknown[]) => {
    const index = groups.slice(1, entries.length + 1).findIndex((g) => g !== undefined);
    return wooMark(entries[index]?.[1] ?? '5.1.2e');
  });
}

/**
 * Public versions hide civil servants' personal data (names, phone numbers, e-mail addresses) on
 * the ground of the Wet open overheid, art. 5.1, second paragraph, under e (respect for privacy).
 */
export const wooGround = '5.1.2e Woo';
export const redactionMark = `[${wooGround}]`;
export const wooStatement =
  'Persoonsgegevens van ambtenaren (namen, telefoonnummers en e-mailadressen) zijn in deze openbare versie weggelaten ' +
  'ter bescherming van de persoonlijke levenssfeer, op grond van artikel 5.1, tweede lid, onder e, van de Wet open overheid.';

/** What the internal version says in its place: what will be left out on publication, and why. */
export const wooNoticeInternal =
  'Bij openbaarmaking worden de persoonsgegevens van ambtenaren (namen, telefoonnummers en e-mailadressen) weggelaten ' +
  'ter bescherming van de persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Wet open overheid).';

const emailPattern = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
/** Dutch numbers: 06-12345678, 070-3701234, 070 370 1234, +31 6 98765432, 0031 70 3701234. */
const phonePattern = /(?:\+31|0031|\b0)[\s-]?(?:\(0\))?[\s-]?\d(?:[\s-]?\d){7,9}\b/g;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The strings that identify a civil servant: full name, surname, initial + surname, phone, e-mail. */
export function personalDataOf(servant: CivilServant): string[] {
  const parts = servant.name.trim().split(/\s+/);
  const surname = parts.slice(1).join(' ');
  const found = [servant.name.trim()];
  if (surname.length >= 4) found.push(surname, `${parts[0]?.[0] ?? ''}. ${surname}`);
  if (servant.phone) found.push(servant.phone);
  if (servant.email) found.push(servant.email);
  return found;
}

/** Replaces the servants' data and any e-mail address or Dutch phone number in `text`. */
export function redactPersonalData(text: string, servants: readonly CivilServant[]): string {
  let out = text;
  const known = servants.flatMap(personalDataOf).sort((a, b) => b.length - a.length);
  for (const value of known) out = out.replace(new RegExp(escapeRegExp(value), 'g'), redactionMark);
  return out.replace(emailPattern, redactionMark).replace(phonePattern, redactionMark);
}
