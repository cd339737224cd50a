import type { CaseStepCode, CourtRulingCode, OmDecisionCode, SentenceTypeCode, SourceCode } from '../contract/index.ts';
import { captureModel } from './capture-model.ts';
import { createCategorical } from './create-categorical.ts';
import type { Rng } from '../random/index.ts';
import type { TrueIncident } from './simulate-population.ts';

export type PathwayEvent = {
  step: CaseStepCode;
  day: number;
  /** whose step it is, as the source records it on the event */
  who: 'victim' | 'suspect' | null;
  omDecision?: OmDecisionCode;
  courtRuling?: CourtRulingCode;
  sentenceType?: SentenceTypeCode;
  sentenceDays?: number | null;
};

/** What one source learnt about one incident by the cut. */
export type SourceRecord = {
  source: SourceCode;
  day: number;
  incident: TrueIncident;
  victimKnown: boolean;
  suspectKnown: boolean;
  events: PathwayEvent[];
};

const adultDecision = createCategorical<OmDecisionCode>([
  ['summons', 50],
  ['dismissal_technical', 28],
  ['dismissal_policy', 6],
  ['penal_order', 6],
  ['transaction', 3],
  ['joinder', 7],
]);
const minorDecision = createCategorical<OmDecisionCode>([
  ['summons', 36],
  ['dismissal_technical', 25],
  ['dismissal_policy', 14],
  ['penal_order', 10],
  ['transaction', 8],
  ['joinder', 7],
]);
const ruling = createCategorical<CourtRulingCode>([
  ['conviction', 80],
  ['acquittal', 15],
  ['other', 5],
]);
const adultSentence = createCategorical<SentenceTypeCode>([
  ['prison', 42],
  ['suspended_prison', 24],
  ['community_service', 19],
  ['tbs', 3],
  ['fine', 5],
  ['other', 7],
]);
const minorSentence = createCategorical<SentenceTypeCode>([
  ['youth_detention', 35],
  ['community_service', 38],
  ['suspended_prison', 10],
  ['tbs', 5],
  ['other', 12],
]);

/** Length in days; custodial sentences lengthen a little each year (the seeds report longer prison terms). */
function sentenceDays(rng: Rng, type: SentenceTypeCode, year: number): number | null {
  const trend = 1.04 ** (year - 2018);
  if (type === 'prison') return Math.max(30, Math.round(rng.lognormal(300 * trend, 0.8)));
  if (type === 'suspended_prison') return Math.max(14, Math.round(rng.lognormal(120, 0.7)));
  if (type === 'youth_detention') return Math.max(7, Math.round(rng.lognormal(90 * trend, 0.7)));
  if (type === 'community_service') return Math.max(5, Math.round(rng.lognormal(40, 0.5)));
  return null;
}

/**
 * The chain process for one incident (appended to `records`): report, complaint, suspect, OM, court, sentence, probation,
 * and contacts with help services, with lognormal delays. Only what happened by `cutDay` is kept.
 */
export function simulatePathway(rng: Rng, i: TrueIncident, cutDay: number, records: SourceRecord[]): void {
  const delay = (median: number, sigma: number) => Math.round(rng.lognormal(median, sigma));
  const keep = (
    source: SourceCode,
    day: number,
    victimKnown: boolean,
    suspectKnown: boolean,
    events: PathwayEvent[],
  ) => {
    if (day <= cutDay)
      records.push({
        source,
        day,
        incident: i,
        victimKnown,
        suspectKnown,
        events: events.filter((e) => e.day <= cutDay),
      });
  };

  const police = rng.bernoulli(captureModel.police(i));
  let complaint = false;
  let report: number | null = null;
  if (police) {
    report = i.toDay + delay(20, 1.5);
    const events: PathwayEvent[] = [{ step: 'report', day: report, who: 'victim' }];
    complaint = rng.bernoulli(captureModel.complaint(i));
    if (complaint) events.push({ step: 'complaint', day: report + delay(14, 1), who: 'victim' });
    let suspectDay: number | null = null;
    if (rng.bernoulli(captureModel.suspectIdentified(i))) {
      suspectDay = report + delay(40, 1);
      events.push({ step: 'suspect_registered', day: suspectDay, who: 'suspect' });
    }
    events.sort((a, b) => a.day - b.day);
    keep('police', report, true, suspectDay !== null && suspectDay <= cutDay, events);

    if (suspectDay !== null && rng.bernoulli(captureModel.omInflow(i))) {
      const inflow = (events[events.length - 1] as PathwayEvent).day + delay(120, 0.7);
      const decisionDay = inflow + delay(75, 0.9);
      const decision = i.suspectAge < 18 ? minorDecision(rng) : adultDecision(rng);
      keep('om', inflow, rng.bernoulli(0.9), true, [
        { step: 'om_inflow', day: inflow, who: 'suspect' },
        { step: 'om_decision', day: decisionDay, who: 'suspect', omDecision: decision },
      ]);
      if (decision === 'summons') {
        const courtDay = decisionDay + delay(14, 0.5);
        const rulingDay = courtDay + delay(180, 0.5);
        const outcome = ruling(rng);
        const courtEvents: PathwayEvent[] = [
          { step: 'court_ruling', day: rulingDay, who: 'suspect', courtRuling: outcome },
        ];
        if (outcome === 'conviction') {
          const type = i.suspectAge < 18 ? minorSentence(rng) : adultSentence(rng);
          courtEvents.push({
            step: 'sentence',
            day: rulingDay,
            who: 'suspect',
            sentenceType: type,
            sentenceDays: sentenceDays(rng, type, i.year),
          });
          if (rng.bernoulli(captureModel.probation(type))) {
            const start = rulingDay + delay(45, 0.6);
            keep('probation', start, rng.bernoulli(0.2), true, [
              { step: 'probation_start', day: start, who: 'suspect' },
              { step: 'probation_end', day: start + delay(540, 0.4), who: 'suspect' },
            ]);
          }
        }
        keep('courts', courtDay, rng.bernoulli(0.75), true, courtEvents);
      }
    }
  }

  if (rng.bernoulli(captureModel.csg(i))) {
    const day = i.toDay + delay(4, 1.8);
    keep('csg', day, true, false, [{ step: 'csg_contact', day, who: 'victim' }]);
  }
  if (rng.bernoulli(captureModel.veiligThuis(i, police))) {
    const day = i.toDay + delay(45, 1.2);
    const knowsSuspect = rng.bernoulli(i.relationship === 'parent' || i.relationship === 'other_family' ? 0.6 : 0.1);
    keep('veilig_thuis', day, true, knowsSuspect, [{ step: 'veilig_thuis_contact', day, who: 'victim' }]);
  }
  if (rng.bernoulli(captureModel.victimSupport(i, police, complaint))) {
    const day = report !== null ? report + delay(12, 0.8) : i.toDay + delay(60, 1);
    keep('victim_support', day, true, false, [{ step: 'victim_support_contact', day, who: 'victim' }]);
  }
}
