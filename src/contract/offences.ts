import { defineCodeList, type Label } from './code-list.ts';

/**
 * Stable reporting categories: series stay comparable across the Wet seksuele misdrijven
 * (in force 1 July 2024), because every offence code of either regime maps to exactly one.
 */
export const offenceCategories = defineCodeList('offence_category', {
  rape: { nl: 'Verkrachting en seksueel binnendringen', en: 'Rape and sexual penetration' },
  sexual_assault: { nl: 'Aanranding en ontucht', en: 'Sexual assault and indecent acts' },
  sexual_approach: { nl: 'Seksuele benadering en grooming', en: 'Sexual approach and grooming' },
  csam: { nl: 'Kinderpornografie (afbeeldingen van seksueel misbruik)', en: 'Child sexual abuse material' },
  exploitation: { nl: 'Seksuele uitbuiting en jeugdprostitutie', en: 'Sexual exploitation of children' },
  harassment: { nl: 'Seksuele intimidatie en schennis', en: 'Sexual harassment and indecent exposure' },
});
export type OffenceCategoryCode = (typeof offenceCategories.codes)[number];

export type OffenceRegime = 'zeden' | 'wsm';

export type OffenceDefinition = {
  readonly regime: OffenceRegime;
  /** Article of the Criminal Code (Sr); null where the new numbering is not yet confirmed (see docs). */
  readonly article: string | null;
  readonly label: Label;
  readonly category: OffenceCategoryCode;
  /** For an old-law code: the closest offence under the new law (for comparison, not for re-coding). */
  readonly successor?: string;
};

const zeden = (article: string, nl: string, en: string, category: OffenceCategoryCode, successor: string) =>
  ({ regime: 'zeden', article, label: { nl, en }, category, successor }) as const;
const wsm = (article: string | null, nl: string, en: string, category: OffenceCategoryCode) =>
  ({ regime: 'wsm', article, label: { nl, en }, category }) as const;

/** The day the Wet seksuele misdrijven (Stb. 2024, 59) came into force. */
export const wsmInForce = '2024-07-01';

export const offenceDefinitions = {
  // Title XIV "Misdrijven tegen de zeden", in force until 30 June 2024
  SR239: zeden('239', 'Schennis van de eerbaarheid', 'Indecent exposure', 'harassment', 'WSM-INTIMIDATIE'),
  SR240B: zeden('240b', 'Kinderpornografie', 'Child sexual abuse material', 'csam', 'WSM-KINDERPORNO'),
  SR242: zeden('242', 'Verkrachting', 'Rape', 'rape', 'WSM-GEKW-OPZETVERKRACHTING'),
  SR243: zeden(
    '243',
    'Seksueel binnendringen van een bewusteloze of onmachtige',
    'Penetration of a person unable to resist',
    'rape',
    'WSM-OPZETVERKRACHTING',
  ),
  SR244: zeden(
    '244',
    'Seksueel binnendringen van een kind onder 12',
    'Penetration of a child under 12',
    'rape',
    'WSM-VERKRACHTING-KIND-U12',
  ),
  SR245: zeden(
    '245',
    'Seksueel binnendringen van een kind van 12 tot 16',
    'Penetration of a child aged 12 to 15',
    'rape',
    'WSM-VERKRACHTING-KIND-12-16',
  ),
  SR246: zeden(
    '246',
    'Feitelijke aanranding van de eerbaarheid',
    'Sexual assault',
    'sexual_assault',
    'WSM-GEKW-OPZETAANRANDING',
  ),
  SR247: zeden(
    '247',
    'Ontucht met een kind onder 16',
    'Indecent acts with a child under 16',
    'sexual_assault',
    'WSM-AANRANDING-KIND-12-16',
  ),
  SR248A: zeden(
    '248a',
    'Verleiding van een minderjarige tot ontucht',
    'Inducing a minor to indecent acts',
    'sexual_assault',
    'WSM-AANRANDING-KIND-16-18',
  ),
  SR248B: zeden(
    '248b',
    'Seks met een minderjarige prostituee',
    'Sex with a minor in prostitution',
    'exploitation',
    'WSM-UITBUITING',
  ),
  SR248C: zeden(
    '248c',
    'Aanwezigheid bij seksshows met minderjarigen',
    'Attending sex shows with minors',
    'exploitation',
    'WSM-UITBUITING',
  ),
  SR248D: zeden(
    '248d',
    'Seksueel corrumperen van een kind',
    'Sexual corruption of a child',
    'sexual_approach',
    'WSM-SEKSUELE-BENADERING',
  ),
  SR248E: zeden('248e', 'Grooming', 'Grooming', 'sexual_approach', 'WSM-SEKSUELE-BENADERING'),
  SR249: zeden(
    '249',
    'Ontucht met misbruik van gezag',
    'Indecent acts by abuse of authority',
    'sexual_assault',
    'WSM-AANRANDING-KIND-16-18',
  ),
  SR250: zeden('250', 'Koppelarij', 'Procuring a minor', 'exploitation', 'WSM-UITBUITING'),
  // Title XIV "Seksuele misdrijven", in force from 1 July 2024
  'WSM-SCHULDAANRANDING': wsm(null, 'Schuldaanranding', 'Negligent sexual assault', 'sexual_assault'),
  'WSM-OPZETAANRANDING': wsm(null, 'Opzetaanranding', 'Intentional sexual assault', 'sexual_assault'),
  'WSM-GEKW-OPZETAANRANDING': wsm(
    null,
    'Gekwalificeerde opzetaanranding',
    'Qualified (coerced) sexual assault',
    'sexual_assault',
  ),
  'WSM-SCHULDVERKRACHTING': wsm(null, 'Schuldverkrachting', 'Negligent rape', 'rape'),
  'WSM-OPZETVERKRACHTING': wsm(null, 'Opzetverkrachting', 'Intentional rape', 'rape'),
  'WSM-GEKW-OPZETVERKRACHTING': wsm(null, 'Gekwalificeerde opzetverkrachting', 'Qualified (coerced) rape', 'rape'),
  'WSM-AANRANDING-KIND-U12': wsm(
    null,
    'Aanranding van een kind onder 12',
    'Sexual assault of a child under 12',
    'sexual_assault',
  ),
  'WSM-VERKRACHTING-KIND-U12': wsm(null, 'Verkrachting van een kind onder 12', 'Rape of a child under 12', 'rape'),
  'WSM-AANRANDING-KIND-12-16': wsm(
    null,
    'Aanranding van een kind van 12 tot 16',
    'Sexual assault of a child aged 12 to 15',
    'sexual_assault',
  ),
  'WSM-VERKRACHTING-KIND-12-16': wsm(
    null,
    'Verkrachting van een kind van 12 tot 16',
    'Rape of a child aged 12 to 15',
    'rape',
  ),
  'WSM-AANRANDING-KIND-16-18': wsm(
    null,
    'Aanranding van een kind van 16 of 17 in een kwetsbare positie',
    'Sexual assault of a child aged 16–17 in a vulnerable position',
    'sexual_assault',
  ),
  'WSM-SEKSUELE-BENADERING': wsm(
    '251',
    'Seksuele benadering van een kind (incl. sexchatting, grooming)',
    'Sexual approach of a child (incl. sexchatting, grooming)',
    'sexual_approach',
  ),
  'WSM-KINDERPORNO': wsm('252', 'Kinderpornografie', 'Child sexual abuse material', 'csam'),
  'WSM-UITBUITING': wsm(
    null,
    'Seksuele uitbuiting van kinderen en bijwonen van seksshows',
    'Sexual exploitation of children and attending sex shows',
    'exploitation',
  ),
  'WSM-INTIMIDATIE': wsm(
    null,
    'Seksuele intimidatie (overtreding, Derde Boek)',
    'Sexual harassment (misdemeanour, Book 3)',
    'harassment',
  ),
} as const satisfies Record<string, OffenceDefinition>;

export type OffenceCode = keyof typeof offenceDefinitions;

export const offences = defineCodeList(
  'offence',
  Object.fromEntries(Object.entries(offenceDefinitions).map(([code, d]) => [code, d.label])) as Record<
    OffenceCode,
    Label
  >,
);

export function offenceCategoryOf(code: OffenceCode): OffenceCategoryCode {
  return offenceDefinitions[code].category;
}

/** The regime a registration must use: the law in force on the (first) incident date. */
export function regimeOnDate(isoDate: string): OffenceRegime {
  return isoDate < wsmInForce ? 'zeden' : 'wsm';
}
