import { EstimationInputError } from './estimation-input-error.ts';

/**
 * The terms of a log-linear model beyond the intercept and the main effects (which are always in):
 * interactions between two or more sources, each given by source indices or names.
 */
export interface ModelTerms {
  readonly interactions: readonly (readonly (number | string)[])[];
}

/** A column of the design matrix: the product of the indicators of `sources` (empty: intercept). */
export interface ResolvedTerm {
  readonly name: string;
  readonly sources: readonly number[];
}

/** Intercept, main effects, then the interactions in the order given (named like R: 'A:B'). */
export function resolveModelTerms(sources: readonly string[], terms: ModelTerms): ResolvedTerm[] {
  const resolved: ResolvedTerm[] = [{ name: '(Intercept)', sources: [] }];
  sources.forEach((name, i) => {
    resolved.push({ name, sources: [i] });
  });
  const seen = new Set<string>();
  terms.interactions.forEach((interaction, row) => {
    const indices = interaction.map((source) => {
      const index = typeof source === 'number' ? source : sources.indexOf(source);
      if (!Number.isInteger(index) || index < 0 || index >= sources.length) {
        throw new EstimationInputError('unknown source in interaction', `interactions[${row}]`, interaction);
      }
      return index;
    });
    const unique = [...new Set(indices)].sort((a, b) => a - b);
    if (unique.length < 2 || unique.length !== indices.length) {
      throw new EstimationInputError(
        'an interaction needs two or more distinct sources',
        `interactions[${row}]`,
        interaction,
      );
    }
    const key = unique.join(',');
    if (seen.has(key)) {
      throw new EstimationInputError('interaction given twice', `interactions[${row}]`, interaction);
    }
    seen.add(key);
    resolved.push({ name: unique.map((i) => sources[i]).join(':'), sources: unique });
  });
  // Hierarchical models only: a k-way term needs each of its (k-1)-way terms, as in Rcapture.
  resolved.forEach((term, row) => {
    if (term.sources.length < 3) return;
    const missing = term.sources.filter((_, drop) => !seen.has(term.sources.filter((__, i) => i !== drop).join(',')));
    if (missing.length > 0) {
      throw new EstimationInputError(
        'a higher-order interaction needs all its lower-order interactions',
        `interactions[${row - 1 - sources.length}]`,
        term.name,
      );
    }
  });
  return resolved;
}
