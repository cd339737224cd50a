// Capture histories drawn from models we write down, not from the project's chain simulator: each
// scenario says how one person of a known population N lands on each of K lists. The estimators
// are then scored on whether their interval covers that N (bench/scenario-coverage.ts).
import { type CaptureTable, type CovariateCaptureTable, toCaptureTable } from '../src/estimation/index.ts';
import { createRng, type Rng } from '../src/random/index.ts';

/**
 * 'identifiable': the truth is a log-linear model with at most pairwise terms, so N follows from the
 * table; 'heterogeneity': people differ in how visible they are, which a table identifies only
 * through a model of that difference.
 */
export type ScenarioKind = 'identifiable' | 'heterogeneity';

export type CaptureScenario = {
  readonly id: string;
  readonly description: string;
  readonly kind: ScenarioKind;
  /**
   * One person's capture history as a bitmask (bit j: on list j); 0 is never seen. `seed` is the
   * table's: a scenario whose truth is drawn anew for each table (`random-loglinear`) draws it from it.
   */
  readonly person: (rng: Rng, k: number, seed: number) => number;
  /** Identifiable scenarios: the pairs of lists (indices) of the log-linear model that generated table `seed`. */
  readonly truePairs?: (k: number, seed: number) => readonly (readonly [number, number])[];
  /**
   * Scenarios with a covariate the lists register (e.g. sex): one person's history and value, null
   * where the lists that saw them do not record it. `person` is then its history, drawn alike.
   */
  readonly withCovariate?: (rng: Rng, k: number) => CovariatePerson;
  /**
   * A variant with other parameters for a kind of scenario the eval already draws, scored only when
   * named (`--scenarios`): a check that the rule holds beyond the eval's own choice of parameters.
   */
  readonly onlyWhenNamed?: true;
};

export type CovariatePerson = { readonly history: number; readonly value: string | null };

/** A → B, and from four lists C → D: the dependent pairs of the dependence scenarios. */
const dependentPairs = (k: number): (readonly [number, number])[] =>
  k >= 4
    ? [
        [0, 1],
        [2, 3],
      ]
    : [[0, 1]];

/** Each list's capture probability when nothing else differs; list j of K uses the first K. */
const base = [0.25, 0.2, 0.3, 0.15, 0.25] as const;
const sparse = base.map((p) => 0.3 * p);
/** Odds ratio of a dependent list given its partner: 4 (positive) or 1/4 (negative). */
const dependence = Math.log(4);
/** Standard deviation of the person effect θ in the logit-normal (Rasch) scenarios. */
const sigma = 1;
const twoClasses = {
  visibleShare: 0.3,
  visible: base.map((p) => 2.2 * p),
  hidden: base.map((p) => 0.4 * p),
} as const;
/**
 * Two classes the other way round: a few people every list is likely to see (3×, at most 0.9) and
 * many that one list at most sees (0.5×) — serious cases that pass police, prosecution and court
 * against most seen once. Pairwise log-linear models over-correct this one (they put N̂ well above N).
 */
const rareVisible = {
  visibleShare: 0.1,
  visible: base.map((p) => 3 * p),
  hidden: base.map((p) => 0.5 * p),
} as const;

/** The variants scored only when named: every list alike. */
const equalVariants = {
  weakChain: [0.2, 0.2, 0.2, 0.2, 0.2],
  twoClasses: { visibleShare: 0.5, visible: [0.4, 0.4, 0.4, 0.4, 0.4], hidden: [0.1, 0.1, 0.1, 0.1, 0.1] },
} as const;

/** The covariate scenarios: two groups a reader can see (e.g. girls and boys), visible unlike. */
const observedGroups = {
  share: 0.6,
  a: base.map((p) => 1.6 * p),
  b: base.map((p) => 0.5 * p),
} as const;

const logit = (p: number) => Math.log(p / (1 - p));
const expit = (x: number) => 1 / (1 + Math.exp(-x));
const probability = (ps: readonly number[], j: number) => {
  const p = ps[j];
  if (p === undefined) throw new Error(`no capture probability for list ${j}; at most ${ps.length} lists`);
  return p;
};

/**
 * logit p_j = θ + logit(ps_j) + γ·(on partner list), with partners (0→1) and, from four lists, (2→3):
 * A raises (γ > 0) or lowers (γ < 0) the odds of B, and C those of D, by the same factor.
 */
function logitHistory(rng: Rng, k: number, ps: readonly number[], theta: number, gamma: number): number {
  let bits = 0;
  for (let j = 0; j < k; j++) {
    const partner = (j === 1 || (j === 3 && k >= 4)) && gamma !== 0 ? (bits >> (j - 1)) & 1 : 0;
    if (rng.bernoulli(expit(theta + logit(probability(ps, j)) + gamma * partner))) bits |= 1 << j;
  }
  return bits;
}

/**
 * Each list refers people to the next (A → B → C → D → E, as police, prosecution and court): the
 * odds of list j are raised by the factor e^γ for people on list j − 1. The log-linear model is the
 * chain of neighbouring pairs, so N follows from the table.
 */
function chainHistory(rng: Rng, k: number, ps: readonly number[], gamma: number): number {
  let bits = 0;
  for (let j = 0; j < k; j++) {
    const previous = j > 0 ? (bits >> (j - 1)) & 1 : 0;
    if (rng.bernoulli(expit(logit(probability(ps, j)) + gamma * previous))) bits |= 1 << j;
  }
  return bits;
}

/** A log-linear truth drawn at random: its pairs, and the cumulative probabilities of the 2^K histories. */
type RandomLogLinear = { readonly pairs: readonly (readonly [number, number])[]; readonly cumulative: Float64Array };

/** The model last drawn: a table's people are drawn one after another, then its true pairs asked for. */
let lastRandomModel: { readonly key: string; readonly model: RandomLogLinear } | null = null;

/**
 * The truth of table `seed` of `random-loglinear` with K lists, the same for every N: each list's
 * main effect the logit of a probability uniform on 0.1–0.4 (its capture probability for someone on
 * no other list), each pair of lists dependent with chance ½ and then a log odds ratio drawn from
 * N(0, 1), no term above pairs — identifiable, and parameters no one chose.
 */
function randomLogLinear(seed: number, k: number): RandomLogLinear {
  const key = `${k}/${seed}`;
  if (lastRandomModel?.key === key) return lastRandomModel.model;
  const rng = createRng(seed, `capture-scenarios/random-loglinear/model/${k}`);
  const main = Array.from({ length: k }, () => logit(0.1 + 0.3 * rng.next()));
  const pairs: [number, number][] = [];
  const gammas: number[] = [];
  for (let a = 0; a < k; a++)
    for (let b = a + 1; b < k; b++)
      if (rng.bernoulli(0.5)) {
        pairs.push([a, b]);
        gammas.push(rng.normal());
      }
  const weights = Array.from({ length: 1 << k }, (_, history) => {
    let eta = 0;
    for (let j = 0; j < k; j++) if ((history >> j) & 1) eta += main[j] ?? 0;
    pairs.forEach(([a, b], i) => {
      if ((history >> a) & 1 && (history >> b) & 1) eta += gammas[i] ?? 0;
    });
    return Math.exp(eta);
  });
  const total = weights.reduce((sum, w) => sum + w, 0);
  const cumulative = new Float64Array(weights.length);
  let running = 0;
  weights.forEach((w, history) => {
    running += w / total;
    cumulative[history] = running;
  });
  const model = { pairs, cumulative };
  lastRandomModel = { key, model };
  return model;
}

/** One person's history under a random log-linear truth: the history whose cumulative probability first reaches u. */
function randomLogLinearHistory(rng: Rng, model: RandomLogLinear): number {
  const u = rng.next();
  const { cumulative } = model;
  for (let history = 0; history < cumulative.length; history++) if (u <= (cumulative[history] ?? 1)) return history;
  return cumulative.length - 1;
}

/** A person of the visible class (with its share) or the hidden one; lists independent given the class. */
function twoClassHistory(
  rng: Rng,
  k: number,
  classes: { readonly visibleShare: number; readonly visible: readonly number[]; readonly hidden: readonly number[] },
): number {
  return logitHistory(rng, k, rng.bernoulli(classes.visibleShare) ? classes.visible : classes.hidden, 0, 0);
}

/**
 * A person of group a or b (lists independent given the group and θ); the value is not recorded for
 * those seen by the last list alone (a list that does not register it): missing by history only.
 */
function groupedPerson(rng: Rng, k: number, theta: number): CovariatePerson {
  const a = rng.bernoulli(observedGroups.share);
  const history = logitHistory(rng, k, a ? observedGroups.a : observedGroups.b, theta, 0);
  return { history, value: history === 1 << (k - 1) ? null : a ? 'a' : 'b' };
}

/** A covariate scenario: its `person` is the history of `withCovariate`'s person, from the same draws. */
function covariateScenario(
  scenario: Omit<CaptureScenario, 'person' | 'withCovariate'> & {
    readonly withCovariate: (rng: Rng, k: number) => CovariatePerson;
  },
): CaptureScenario {
  return { ...scenario, person: (rng, k) => scenario.withCovariate(rng, k).history };
}

export const captureScenarios: readonly CaptureScenario[] = [
  {
    id: 'independence',
    description: 'lists independent, capture probabilities 0.25, 0.2, 0.3, 0.15, 0.25',
    kind: 'identifiable',
    truePairs: () => [],
    person: (rng, k) => logitHistory(rng, k, base, 0, 0),
  },
  {
    id: 'positive-dependence',
    description: 'on A: 4× the odds of B; from K = 4 also C → D (referral)',
    kind: 'identifiable',
    truePairs: dependentPairs,
    person: (rng, k) => logitHistory(rng, k, base, 0, dependence),
  },
  {
    id: 'negative-dependence',
    description: 'on A: 1/4 the odds of B; from K = 4 also C → D (lists that avoid each other)',
    kind: 'identifiable',
    truePairs: dependentPairs,
    person: (rng, k) => logitHistory(rng, k, base, 0, -dependence),
  },
  {
    id: 'referral-chain',
    description:
      'each list refers to the next: on A, 4× the odds of B; on B, of C; and so on (police → prosecution → court)',
    kind: 'identifiable',
    truePairs: (k) => Array.from({ length: k - 1 }, (_, j) => [j, j + 1] as const),
    person: (rng, k) => chainHistory(rng, k, base, dependence),
  },
  {
    id: 'two-class',
    description: `${100 * twoClasses.visibleShare}% of people 2.2× as visible to every list, the rest 0.4×, independent given the class`,
    kind: 'heterogeneity',
    person: (rng, k) => twoClassHistory(rng, k, twoClasses),
  },
  {
    id: 'two-class-rare',
    description: `${100 * rareVisible.visibleShare}% of people 3× as visible to every list, the rest 0.5×, independent given the class`,
    kind: 'heterogeneity',
    person: (rng, k) => twoClassHistory(rng, k, rareVisible),
  },
  {
    id: 'logit-normal',
    description: `Rasch: logit p_ij = θ_i + β_j, θ ~ N(0, ${sigma}²)`,
    kind: 'heterogeneity',
    person: (rng, k) => logitHistory(rng, k, base, sigma * rng.normal(), 0),
  },
  {
    id: 'heterogeneity-dependence',
    description: `logit-normal θ ~ N(0, ${sigma}²) and A → B (and C → D) with 4× the odds`,
    kind: 'heterogeneity',
    person: (rng, k) => logitHistory(rng, k, base, sigma * rng.normal(), dependence),
  },
  {
    id: 'sparse',
    description: `lists independent, low capture probabilities ${sparse.map((p) => p.toFixed(3)).join(', ')}`,
    kind: 'identifiable',
    truePairs: () => [],
    person: (rng, k) => logitHistory(rng, k, sparse, 0, 0),
  },
  {
    id: 'small-list',
    description: 'lists independent, the last list sees 3%, the others as in independence',
    kind: 'identifiable',
    truePairs: () => [],
    person: (rng, k) => logitHistory(rng, k, [...base.slice(0, k - 1), 0.03], 0, 0),
  },
  {
    id: 'referral-chain-weak',
    description: 'each list refers to the next with 2× the odds, every list sees 20% (a weaker referral, fewer seen)',
    kind: 'identifiable',
    onlyWhenNamed: true,
    truePairs: (k) => Array.from({ length: k - 1 }, (_, j) => [j, j + 1] as const),
    person: (rng, k) => chainHistory(rng, k, equalVariants.weakChain, Math.log(2)),
  },
  {
    id: 'two-class-equal',
    description: 'half the people seen by every list with 40%, half with 10%, independent given the class',
    kind: 'heterogeneity',
    onlyWhenNamed: true,
    person: (rng, k) => twoClassHistory(rng, k, equalVariants.twoClasses),
  },
  {
    id: 'random-loglinear',
    description:
      'a log-linear truth drawn anew for each table: main effects the logits of probabilities uniform on 0.1–0.4, each pair dependent with chance ½ and log odds ratio ~ N(0, 1)',
    kind: 'identifiable',
    onlyWhenNamed: true,
    truePairs: (k, seed) => randomLogLinear(seed, k).pairs,
    person: (rng, k, seed) => randomLogLinearHistory(rng, randomLogLinear(seed, k)),
  },
  covariateScenario({
    id: 'covariate',
    description: `two groups the lists register (${100 * observedGroups.share}% 1.6× as visible to every list, the rest 0.5×), independent given the group; the group not recorded by the last list`,
    kind: 'heterogeneity',
    withCovariate: (rng, k) => groupedPerson(rng, k, 0),
  }),
  covariateScenario({
    id: 'covariate-and-latent',
    description: `the two registered groups of covariate, and within each logit-normal θ ~ N(0, ${sigma}²) that no covariate explains`,
    kind: 'heterogeneity',
    withCovariate: (rng, k) => groupedPerson(rng, k, sigma * rng.normal()),
  }),
];

export const listNames = ['A', 'B', 'C', 'D', 'E'] as const;

export type ScenarioDraw = { readonly scenario: CaptureScenario; readonly lists: number; readonly size: number };

/** The capture table of N = `size` people on `lists` lists; the same seed gives the same table. */
export function drawCaptureTable({ scenario, lists, size }: ScenarioDraw, seed: number): CaptureTable {
  const rng = drawRng({ scenario, lists, size }, seed);
  const seen: number[] = [];
  for (let i = 0; i < size; i++) {
    const history = scenario.person(rng, lists, seed);
    if (history !== 0) seen.push(history);
  }
  return toCaptureTable(seen, listNames.slice(0, lists));
}

function drawRng({ scenario, lists, size }: ScenarioDraw, seed: number): Rng {
  if (lists < 2 || lists > listNames.length) throw new Error(`2 to ${listNames.length} lists, not ${lists}`);
  return createRng(seed, `capture-scenarios/${scenario.id}/${lists}/${size}`);
}

/**
 * The same people as `drawCaptureTable` (same seed, same draws), split by the scenario's registered
 * covariate; null for a scenario without one.
 */
export function drawCovariateTable(draw: ScenarioDraw, seed: number): CovariateCaptureTable | null {
  const withCovariate = draw.scenario.withCovariate;
  if (!withCovariate) return null;
  const rng = drawRng(draw, seed);
  const counts = new Map<string, { history: string; value: string | null; count: number }>();
  for (let i = 0; i < draw.size; i++) {
    const { history, value } = withCovariate(rng, draw.lists);
    if (history === 0) continue;
    let bits = '';
    for (let j = 0; j < draw.lists; j++) bits += (history >> j) & 1 ? '1' : '0';
    const key = `${bits}|${value}`;
    const cell = counts.get(key) ?? { history: bits, value, count: 0 };
    cell.count++;
    counts.set(key, cell);
  }
  return {
    sources: listNames.slice(0, draw.lists),
    covariates: ['group'],
    counts: [...counts.values()].map(({ history, value, count }) => ({ history, values: [value], count })),
  };
}
