import { defineCodeList } from './code-list.ts';

/** Provinces with Statistics Netherlands' codes (PV20–PV31); a coarse region keeps small cells rare. */
export const regions = defineCodeList('region', {
  PV20: { nl: 'Groningen', en: 'Groningen' },
  PV21: { nl: 'Fryslân', en: 'Friesland' },
  PV22: { nl: 'Drenthe', en: 'Drenthe' },
  PV23: { nl: 'Overijssel', en: 'Overijssel' },
  PV24: { nl: 'Flevoland', en: 'Flevoland' },
  PV25: { nl: 'Gelderland', en: 'Gelderland' },
  PV26: { nl: 'Utrecht', en: 'Utrecht' },
  PV27: { nl: 'Noord-Holland', en: 'North Holland' },
  PV28: { nl: 'Zuid-Holland', en: 'South Holland' },
  PV29: { nl: 'Zeeland', en: 'Zeeland' },
  PV30: { nl: 'Noord-Brabant', en: 'North Brabant' },
  PV31: { nl: 'Limburg', en: 'Limburg' },
  UNK: { nl: 'Onbekend', en: 'Unknown' },
});
export type RegionCode = (typeof regions.codes)[number];
