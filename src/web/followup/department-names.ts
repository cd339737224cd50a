import type { Language } from '../i18n/index.ts';

/**
 * The departments by their code, named in Dutch (as `departments` in followup-model.ts, which the
 * browser bundle does not import: it would pull in zod) and in English. A test keeps the two lists equal.
 */
export const departmentNames: Readonly<Record<string, { readonly nl: string; readonly en: string }>> = {
  AZ: { nl: 'Algemene Zaken', en: 'General Affairs' },
  BZ: { nl: 'Buitenlandse Zaken', en: 'Foreign Affairs' },
  BZK: { nl: 'Binnenlandse Zaken en Koninkrijksrelaties', en: 'Interior and Kingdom Relations' },
  DEF: { nl: 'Defensie', en: 'Defence' },
  EZ: { nl: 'Economische Zaken', en: 'Economic Affairs' },
  FIN: { nl: 'Financiën', en: 'Finance' },
  IenW: { nl: 'Infrastructuur en Waterstaat', en: 'Infrastructure and Water Management' },
  JenV: { nl: 'Justitie en Veiligheid', en: 'Justice and Security' },
  KGG: { nl: 'Klimaat en Groene Groei', en: 'Climate and Green Growth' },
  LVVN: {
    nl: 'Landbouw, Visserij, Voedselzekerheid en Natuur',
    en: 'Agriculture, Fisheries, Food Security and Nature',
  },
  OCW: { nl: 'Onderwijs, Cultuur en Wetenschap', en: 'Education, Culture and Science' },
  SZW: { nl: 'Sociale Zaken en Werkgelegenheid', en: 'Social Affairs and Employment' },
  VRO: { nl: 'Volkshuisvesting en Ruimtelijke Ordening', en: 'Housing and Spatial Planning' },
  VWS: { nl: 'Volksgezondheid, Welzijn en Sport', en: 'Health, Welfare and Sport' },
};
export const departmentCodes = Object.keys(departmentNames);

/** "Justitie en Veiligheid" / "Justice and Security"; an unknown code as it is. */
export const departmentName = (code: string, language: Language): string => departmentNames[code]?.[language] ?? code;

/** A coordination party: the department's name, with its directorate-general when there is one. */
export const partyName = (p: { department: string; directorate?: string | undefined }, language: Language) =>
  p.directorate
    ? `${departmentName(p.department, language)} (${p.directorate})`
    : departmentName(p.department, language);

/** The key a party is chosen by in a form. */
export const partyKey = (p: { department: string; directorate?: string | undefined }) =>
  p.directorate ? `${p.department}/${p.directorate}` : p.department;
export const partyFromKey = (key: string): { department: string; directorate?: string } => {
  const [department = key, directorate] = key.split('/');
  return directorate ? { department, directorate } : { department };
};
