import { defineCodeList } from './code-list.ts';

/** Where the violence took place. The three home codes together are "in een woning" (in a home). */
export const settings = defineCodeList('setting', {
  home_victim: { nl: 'Woning van het slachtoffer', en: "Victim's home" },
  home_suspect: { nl: 'Woning van de verdachte', en: "Suspect's home" },
  home_other: { nl: 'Andere woning', en: 'Other home' },
  school: { nl: 'School', en: 'School' },
  sports_leisure: { nl: 'Sport- of vrijetijdsvereniging', en: 'Sports or leisure club' },
  youth_care: { nl: 'Jeugdzorginstelling', en: 'Youth-care institution' },
  online: { nl: 'Online', en: 'Online' },
  public_space: { nl: 'Openbare ruimte', en: 'Public space' },
  other: { nl: 'Anders', en: 'Other' },
  unknown: { nl: 'Onbekend', en: 'Unknown' },
});
export type SettingCode = (typeof settings.codes)[number];

export const homeSettings: readonly SettingCode[] = ['home_victim', 'home_suspect', 'home_other'];
