import type { OffenceCategoryCode, RegionCode, RelationshipCode, SettingCode } from '../contract/index.ts';
import { type Categorical, createCategorical } from './create-categorical.ts';
import type { Rng } from '../random/index.ts';

export type IncidentCharacter = {
  relationship: RelationshipCode;
  setting: SettingCode;
  category: OffenceCategoryCode;
  region: RegionCode;
};

const onlineRelationship = createCategorical<RelationshipCode>([
  ['stranger', 55],
  ['acquaintance', 20],
  ['peer', 20],
  ['unknown', 5],
]);
const youngSuspectRelationship = createCategorical<RelationshipCode>([
  ['peer', 45],
  ['acquaintance', 25],
  ['other_family', 15],
  ['partner', 10],
  ['stranger', 5],
]);
const adultSuspectRelationship = createCategorical<RelationshipCode>([
  ['parent', 28],
  ['other_family', 22],
  ['acquaintance', 24],
  ['professional', 9],
  ['stranger', 10],
  ['partner', 3],
  ['unknown', 4],
]);

const family = createCategorical<SettingCode>([
  ['home_victim', 60],
  ['home_suspect', 25],
  ['home_other', 10],
  ['other', 5],
]);
const settingByRelationship: Record<RelationshipCode, Categorical<SettingCode>> = {
  parent: family,
  other_family: family,
  peer: createCategorical([
    ['home_suspect', 35],
    ['home_victim', 22],
    ['home_other', 18],
    ['school', 8],
    ['public_space', 8],
    ['sports_leisure', 4],
    ['other', 5],
  ]),
  acquaintance: createCategorical([
    ['home_suspect', 40],
    ['home_other', 18],
    ['home_victim', 12],
    ['public_space', 12],
    ['sports_leisure', 8],
    ['other', 10],
  ]),
  professional: createCategorical([
    ['youth_care', 30],
    ['sports_leisure', 30],
    ['school', 25],
    ['home_other', 10],
    ['other', 5],
  ]),
  stranger: createCategorical([
    ['public_space', 55],
    ['home_other', 15],
    ['other', 20],
    ['unknown', 10],
  ]),
  partner: createCategorical([
    ['home_suspect', 45],
    ['home_victim', 30],
    ['home_other', 12],
    ['public_space', 8],
    ['other', 5],
  ]),
  unknown: createCategorical([
    ['unknown', 50],
    ['other', 20],
    ['public_space', 30],
  ]),
};
/** Online violence reaches a child wherever they are; about two in five registrations then name the child's home. */
const onlineSetting = createCategorical<SettingCode>([
  ['online', 60],
  ['home_victim', 40],
]);

const onlineCategory = createCategorical<OffenceCategoryCode>([
  ['sexual_approach', 48],
  ['csam', 40],
  ['harassment', 8],
  ['exploitation', 4],
]);
const offlineCategory = createCategorical<OffenceCategoryCode>([
  ['rape', 32],
  ['sexual_assault', 46],
  ['harassment', 9],
  ['exploitation', 4],
  ['sexual_approach', 5],
  ['csam', 4],
]);

/** Provinces weighted by population (millions, rounded). */
const region = createCategorical<RegionCode>([
  ['PV20', 0.59],
  ['PV21', 0.65],
  ['PV22', 0.5],
  ['PV23', 1.17],
  ['PV24', 0.43],
  ['PV25', 2.1],
  ['PV26', 1.38],
  ['PV27', 2.95],
  ['PV28', 3.8],
  ['PV29', 0.39],
  ['PV30', 2.6],
  ['PV31', 1.12],
]);

/** Who the suspect is to the child, where it happened and what kind of offence it was. */
export function characteriseIncident(
  rng: Rng,
  victimAge: number,
  suspectAge: number,
  online: boolean,
): IncidentCharacter {
  let relationship = online
    ? onlineRelationship(rng)
    : suspectAge < 21
      ? youngSuspectRelationship(rng)
      : adultSuspectRelationship(rng);
  if (relationship === 'partner' && victimAge < 14) relationship = 'acquaintance';
  if (relationship === 'peer' && suspectAge >= 21) relationship = 'acquaintance';
  const setting = online ? onlineSetting(rng) : settingByRelationship[relationship](rng);
  const category = online ? onlineCategory(rng) : offlineCategory(rng);
  return { relationship, setting, category, region: region(rng) };
}
