import { departments } from '../followup-model.ts';

/**
 * Word lists the redaction detectors share: particles of Dutch surnames, forms of address, titles of
 * public office holders (whose names are public), words of organisations (never a person) and
 * political parties. A lexicon of the domain, kept small and readable.
 */

/** Tussenvoegsels, single and combined, as they may stand before a surname. */
export const particlePattern =
  "(?:van(?:\\s+(?:der|den|de|het|'t))?|von|de|der|den|het|'t|ter|ten|te|in\\s+(?:de|den|het|'t)|op\\s+(?:de|den|het|'t)|aan\\s+(?:de|den|het)|uit\\s+(?:de|den|het)|du|da|di|dos|la|le|d')";

/** A capitalised surname, possibly double with a hyphen and a particle inside ("Fictief-de Wit"). */
export const surnamePattern = "\\p{Lu}[\\p{Ll}'’]+(?:-(?:(?:de|van|der|den|ter|ten)\\s+)?\\p{Lu}[\\p{Ll}'’]+)*";

/** Initials as Dutch writes them: "P.", "P.J.", "P. J.", "Th.", "IJ.". */
export const initialsPattern = '(?:(?:Th|Chr|Ph|IJ|Tj|\\p{Lu})\\.\\s?){1,4}';

/** Forms of address before a name. */
export const honorificPattern =
  '(?:mevrouw|mevr\\.|mw\\.|meneer|mijnheer|dhr\\.|de\\s+heer|heer|mr\\.|drs\\.|dr\\.|ir\\.|ing\\.|prof\\.)';

/** Greetings after which a signature follows in a comment. */
export const greetingPattern =
  '(?:groet(?:en)?|gr\\.|mvg|m\\.v\\.g\\.|met\\s+vriendelijke\\s+groet(?:en)?|vriendelijke\\s+groet(?:en)?|hartelijke\\s+groet(?:en)?)';

/** Titles of public office holders: a name after one of them is public, not a civil servant's. */
export const publicOfficeTitles: ReadonlySet<string> = new Set([
  'minister',
  'minister-president',
  'premier',
  'staatssecretaris',
  'bewindspersoon',
  'kamerlid',
  'lid',
  'leden',
  'kamervoorzitter',
  'burgemeester',
  'wethouder',
  'gedeputeerde',
  'commissaris',
  'koning',
  'koningin',
  'prins',
  'prinses',
  'rapporteur',
  'ombudsman',
  'kinderombudsman',
  'mj',
  'mjenv',
  'sjenv',
]);

/** Political parties: a name followed by "(D66)" is a member of Parliament's. */
export const politicalParties: ReadonlySet<string> = new Set(
  [
    'VVD',
    'PVV',
    'CDA',
    'D66',
    'GL-PvdA',
    'GroenLinks-PvdA',
    'GroenLinks',
    'PvdA',
    'SP',
    'NSC',
    'BBB',
    'JA21',
    'SGP',
    'ChristenUnie',
    'CU',
    'PvdD',
    'Volt',
    'DENK',
    'FvD',
    '50PLUS',
  ].map((p) => p.toLowerCase()),
);

/** Department codes as officers write them (JenV, OCW, …) plus common shorthands. */
export const departmentCodes: ReadonlySet<string> = new Set(
  [...Object.keys(departments), 'JenV', 'J&V', 'MinJenV', 'AZ', 'OM', 'DGSenB', 'DGRR', 'DGPenV'].map((d) =>
    d.toLowerCase(),
  ),
);

/**
 * Words that make a capitalised phrase an organisation, a place or a document rather than a person
 * (plus the words of every department's name). A candidate name made of one of these is no name.
 */
const organisationWordList = `
ministerie departement directie directoraat directoraat-generaal dienst inspectie raad college kamer
tweede eerste staten-generaal kabinet rijksoverheid rijk overheid gemeente provincie politie rechtspraak
openbaar ministerie reclassering slachtofferhulp centrum centra seksueel geweld veilig thuis nationaal
rapporteur coördinator nifp ggd ggz csg stichting vereniging fonds instituut academie universiteit
hogeschool school scholen ziekenhuis kinderziekenhuis kliniek bureau platform netwerk programma
actieprogramma actieplan monitor wet wetboek beleidskader kader brief nota bijlage kamerstuk kamerstukken
rutgers unicef unesco europol interpol eu europese unie verenigde naties den haag amsterdam rotterdam
utrecht postbus turfmarkt
`;
export const organisationWords: ReadonlySet<string> = new Set([
  ...organisationWordList.split(/\s+/).filter(Boolean),
  ...Object.values(departments).flatMap((name) => name.toLowerCase().split(/[\s,]+/)),
]);

/**
 * Capitalised words that stand at the start of sentences or in headings and are no name: function
 * words, and the nouns of accounts and roles (a demo account "Demo Beleidsmedewerker" has no surname).
 */
const notANameList = `
de het een dit dat deze die wij we ik u zij hij men er hier daar graag akkoord namens met voor na naar
over om op in aan bij van tot uit zie ook nog wel niet geen en of maar dus want als toen zoals per via
inleiding aanleiding toelichting kernpunten bijlage aanbeveling reactie opmerking opmerkingen tekst
tekstvoorstel alinea paragraaf pagina hoofdstuk standpunt besluit conclusie samenvatting
demo test beheerder gegevensbeheerder analist beleidsmedewerker medewerker secretariaat staf team afdeling
bewindspersoonsstaf kabinetsstaf
ambtenaar ambtenaren contactpersoon woo naam nvt
`;
export const notAName: ReadonlySet<string> = new Set(notANameList.split(/\s+/).filter(Boolean));

/** Local parts of organisational e-mail addresses (info@…, secretariaat@…): not a person's. */
export const organisationalMailboxes: ReadonlySet<string> = new Set([
  'info',
  'informatie',
  'contact',
  'secretariaat',
  'postbus',
  'post',
  'pers',
  'persvoorlichting',
  'voorlichting',
  'communicatie',
  'helpdesk',
  'servicedesk',
  'noreply',
  'no-reply',
  'receptie',
  'redactie',
  'klachten',
  'privacy',
  'woo',
  'wob',
  'algemeen',
  'office',
  'bureau',
  'meldpunt',
  'hulplijn',
]);

/** True when every word of a phrase is an organisation's or no name at all. */
export function isNoPersonName(phrase: string): boolean {
  const words = phrase
    .toLocaleLowerCase('nl')
    .split(/[\s-]+/)
    .filter((w) => w && !/^(?:van|de|der|den|het|'t|ter|ten|te)$/.test(w));
  return words.length === 0 || words.some((w) => organisationWords.has(w) || notAName.has(w) || departmentCodes.has(w));
}
