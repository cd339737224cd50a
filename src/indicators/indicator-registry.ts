import { chainFunnel } from './chain-funnel/chain-funnel.ts';
import { complaintShare } from './complaint-share/complaint-share.ts';
import { courtRulings } from './court-rulings/court-rulings.ts';
import { dataCompleteness } from './data-completeness/data-completeness.ts';
import { estimatedTotalVictims } from './estimated-total-victims/estimated-total-victims.ts';
import { helpContactAfterReport } from './help-contact-after-report/help-contact-after-report.ts';
import { homeShare } from './home-share/home-share.ts';
import type { IndicatorDefinition } from './indicator-definition.ts';
import { normAttainmentOm } from './norm-attainment-om/norm-attainment-om.ts';
import { normAttainmentPolice } from './norm-attainment-police/norm-attainment-police.ts';
import { offenceCategories } from './offence-categories/offence-categories.ts';
import { omDecisionsByType } from './om-decisions-by-type/om-decisions-by-type.ts';
import { onlineShare } from './online-share/online-share.ts';
import { registrationsPerYearBySource } from './registrations-per-year-by-source/registrations-per-year-by-source.ts';
import { relationshipToSuspect } from './relationship-to-suspect/relationship-to-suspect.ts';
import { repeatVictimisation } from './repeat-victimisation/repeat-victimisation.ts';
import { reportingDelay } from './reporting-delay/reporting-delay.ts';
import { sentenceLength } from './sentence-length/sentence-length.ts';
import { settingsDistribution } from './settings-distribution/settings-distribution.ts';
import { suspectsByAgeBand } from './suspects-by-age-band/suspects-by-age-band.ts';
import { suspectsBySex } from './suspects-by-sex/suspects-by-sex.ts';
import { suspectsPerYear } from './suspects-per-year/suspects-per-year.ts';
import { throughputTimes } from './throughput-times/throughput-times.ts';
import { victimAgeSummary } from './victim-age-summary/victim-age-summary.ts';
import { victimsByAgeBand } from './victims-by-age-band/victims-by-age-band.ts';
import { victimsBySex } from './victims-by-sex/victims-by-sex.ts';
import { victimsPerYear } from './victims-per-year/victims-per-year.ts';
import { victimsPerYearBySource } from './victims-per-year-by-source/victims-per-year-by-source.ts';
import { werkvoorraad } from './werkvoorraad/werkvoorraad.ts';
import { werkvoorraadAge } from './werkvoorraad-age/werkvoorraad-age.ts';

/** Every indicator the monitor publishes, in the order of the catalogue, found by id. */
export const indicatorRegistry: ReadonlyMap<string, IndicatorDefinition> = new Map(
  [
    // victims
    victimsPerYearBySource,
    victimsPerYear,
    estimatedTotalVictims,
    registrationsPerYearBySource,
    victimsByAgeBand,
    victimsBySex,
    victimAgeSummary,
    repeatVictimisation,
    // incidents
    homeShare,
    onlineShare,
    settingsDistribution,
    relationshipToSuspect,
    offenceCategories,
    complaintShare,
    reportingDelay,
    // suspects
    suspectsPerYear,
    suspectsByAgeBand,
    suspectsBySex,
    // the chain
    chainFunnel,
    omDecisionsByType,
    courtRulings,
    sentenceLength,
    throughputTimes,
    normAttainmentPolice,
    normAttainmentOm,
    werkvoorraad,
    werkvoorraadAge,
    // help and quality
    helpContactAfterReport,
    dataCompleteness,
  ].map((d) => [d.id, d]),
);
