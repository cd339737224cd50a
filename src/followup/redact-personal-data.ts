import type { CivilServant } from './followup-model.ts';

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
