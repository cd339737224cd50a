import type { TrueIncident } from './simulate-population.ts';

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

const isHome = (i: TrueIncident) =>
  i.setting === 'home_victim' || i.setting === 'home_suspect' || i.setting === 'home_other';
const isFamily = (i: TrueIncident) => i.relationship === 'parent' || i.relationship === 'other_family';
const isPhysical = (i: TrueIncident) => i.category === 'rape' || i.category === 'sexual_assault';

/**
 * Probability that each source registers an incident, on the logit scale: a latent visibility of
 * the child (shared by every source: heterogeneity), age and sex effects, a trend, and dependence
 * between sources (justice sources only after police; victim support mostly on police referral).
 */
export const captureModel = {
  police(i: TrueIncident): number {
    const t = i.year - 2018;
    return logistic(
      -1.75 +
        i.victim.visibility +
        0.06 * (i.victimAge - 12) -
        (i.victim.sex === 'M' ? 0.45 : 0) +
        0.05 * t +
        (i.category === 'rape' ? 0.4 : 0) -
        (i.category === 'harassment' ? 0.4 : 0) +
        (i.online ? 0.1 + 0.05 * t : 0),
    );
  },
  /** the police learn who the suspect is (registered suspect) */
  suspectIdentified(i: TrueIncident): number {
    return i.online ? 0.45 : i.relationship === 'stranger' ? 0.45 : 0.85;
  },
  /** a registered suspect is sent to the OM */
  omInflow(i: TrueIncident): number {
    return (
      (i.suspectAge < 18 ? 0.37 : 0.44) + (i.category === 'rape' ? 0.08 : 0) - (i.category === 'harassment' ? 0.15 : 0)
    );
  },
  complaint(i: TrueIncident): number {
    return i.category === 'rape' ? 0.6 : i.category === 'csam' ? 0.3 : 0.47;
  },
  csg(i: TrueIncident): number {
    return logistic(
      -3.1 +
        0.9 * i.victim.visibility +
        0.03 * (i.victimAge - 12) +
        (isPhysical(i) ? 0.9 : 0) +
        0.07 * (i.year - 2018) -
        (i.online ? 0.4 : 0),
    );
  },
  veiligThuis(i: TrueIncident, police: boolean): number {
    return logistic(
      -3.3 +
        0.9 * i.victim.visibility +
        (isHome(i) ? 1.0 : 0) +
        (isFamily(i) ? 0.7 : 0) +
        (i.victimAge < 12 ? 0.4 : 0) +
        (police ? 0.3 : 0),
    );
  },
  victimSupport(i: TrueIncident, police: boolean, complaint: boolean): number {
    return police
      ? logistic(-1.0 + 0.6 * i.victim.visibility + (complaint ? 0.5 : 0))
      : logistic(-5.0 + 0.6 * i.victim.visibility);
  },
  /** supervision after a conviction, by sentence type */
  probation(sentence: string): number {
    return sentence === 'suspended_prison' || sentence === 'community_service'
      ? 0.65
      : sentence === 'youth_detention' || sentence === 'tbs'
        ? 0.8
        : sentence === 'prison'
          ? 0.35
          : 0.1;
  },
};
