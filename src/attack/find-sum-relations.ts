/**
 * Sums, equalities and inequalities between the counts of two views (tables, their total rows,
 * derived group totals): a count summed over the dimensions one view has and the other lacks
 * equals (or is at most, or at least) a count of the other, label combination by label
 * combination. Each candidate is tested on every row where all its numbers are published and is
 * believed only if it never fails there and holds on enough non-trivial rows.
 */
import type { CountView, ModelBuilder, Term } from './attack-model.ts';
import { checkRelation, judgeChecks } from './check-relation.ts';
import { matchViews, type ViewMatch } from './match-views.ts';

export function findSumRelations(views: readonly CountView[], builder: ModelBuilder): void {
  for (const a of views)
    for (const b of views) {
      if (a.derivedFrom === b.tableId || b.derivedFrom === a.tableId) continue;
      if (a !== b && a.dimensions.length === b.dimensions.length && a.name > b.name) continue;
      const match = matchViews(a, b);
      if (!match) continue;
      for (let ca = 0; ca < a.columns.length; ca++)
        for (let cb = 0; cb < b.columns.length; cb++) {
          if (a === b && ca >= cb) continue;
          testPair(a, b, ca, cb, match, builder);
        }
    }
}

function testPair(a: CountView, b: CountView, ca: number, cb: number, match: ViewMatch, builder: ModelBuilder): void {
  const { minSupport, maxNoise, minCoverage } = builder.options;
  const sumTerms = match.instances.map((instance) => {
    const terms: Term[] = instance.a.map((cells) => [cells[ca] as number, 1]);
    if (instance.b) terms.push([instance.b[cb] as number, -1]);
    return terms;
  });
  const left = match.summed.length > 0 ? `${a.columns[ca]} summed over ${match.summed.join(', ')}` : a.columns[ca];
  const by = `by ${b.dimensions.join(', ')}`;
  const crossTable = a.tableId !== b.tableId;
  const exact = builder.options.consistentNoise && match.summed.length === 0;
  const judge = (terms: Term[][], sense: '=' | '<=', extra: number) =>
    judgeChecks(
      // An inequality must hold on the published numbers as they are: one that holds only thanks to
      // the noise allowance is too easy to meet by chance.
      terms.map((t) => checkRelation(t, sense, builder.quantities, sense === '=' && !exact ? maxNoise : 0)),
      { minSupport: minSupport + extra, maxNoise, signTest: sense === '=', minCoverage: crossTable ? minCoverage : 0 },
    );
  const equal = judge(sumTerms, '=', 0);
  const name = (view: CountView, column: string | undefined) =>
    view === a && a === b ? column : `${view.name}: ${column}`;
  const lhs = name(a, left);
  const rhs = name(b, b.columns[cb]);
  if (equal.accepted) {
    builder.addFamily(
      match.summed.length > 0 ? 'sum' : 'equality',
      `${a === b ? `${a.name}: ` : ''}${lhs} = ${rhs} (${by}; holds on ${equal.support} of ${equal.checked} checkable of ${equal.rows} rows)`,
      equal.support,
      useful(sumTerms, builder).map((terms) => ({ terms, lo: 0, hi: 0 })),
    );
    return;
  }
  // Inequalities need more evidence: they are easier to meet by chance. Between two tables they
  // are not tried at all: 'suspects ≤ registrations' held on every checkable row of a real site
  // and was false on a withheld one. They are tested only where both sides are listed: a missing
  // row read as zero would turn 'at most' into 'is zero'.
  if (crossTable) return;
  const both = match.instances.flatMap((instance) => (instance.b && instance.a.length > 0 ? [instance] : []));
  const bothTerms = both.map((instance): Term[] => [
    ...instance.a.map((cells): Term => [cells[ca] as number, 1]),
    [instance.b?.[cb] as number, -1],
  ]);
  const negate = (terms: Term[]) => terms.map(([q, c]): Term => [q, -c]);
  const candidates: [string, Term[][]][] = [
    [`${lhs} ≤ ${rhs}`, bothTerms],
    [`${rhs} ≤ ${lhs}`, bothTerms.map(negate)],
  ];
  if (match.summed.length > 0)
    candidates.push([
      `each ${name(a, a.columns[ca])} ≤ ${rhs}`,
      both.flatMap((instance) =>
        instance.a.map((cells): Term[] => [
          [cells[ca] as number, 1],
          [instance.b?.[cb] as number, -1],
        ]),
      ),
    ]);
  let sumBelow = false;
  for (const [text, terms] of candidates) {
    if (text.startsWith('each') && sumBelow) continue;
    const verdict = judge(terms, '<=', 2);
    if (!verdict.accepted) continue;
    if (terms === bothTerms) sumBelow = true;
    builder.addFamily(
      'inequality',
      `${a === b ? `${a.name}: ` : ''}${text} (${by}; holds on ${verdict.support} of ${verdict.checked} checkable rows)`,
      verdict.support,
      useful(terms, builder).map((t) => ({ terms: t, lo: Number.NEGATIVE_INFINITY, hi: 0 })),
    );
  }
}

/** The instances that involve a count the publication does not pin by itself. */
function useful(instances: Term[][], builder: ModelBuilder): Term[][] {
  return instances.filter((terms) =>
    terms.some(([q]) => {
      const bounds = builder.bounds[q];
      return !bounds || bounds.lo !== bounds.hi;
    }),
  );
}
