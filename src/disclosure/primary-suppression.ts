import type { Quantity } from './link-tables.ts';
import type { SuppressionReason } from './table-types.ts';

export type PrimaryRules = { readonly threshold: number; readonly dominance: { n: number; k: number } | undefined };

/**
 * Why a quantity may not be published on its own, or undefined when it may.
 * Zeros are published: a zero discloses no person (see docs/disclosure.md).
 */
export function primarySuppression(
  quantity: Quantity,
  rules: PrimaryRules,
): Exclude<SuppressionReason, 'secondary'> | undefined {
  const { value, contributors } = quantity;
  if (value > 0 && value < rules.threshold) return 'threshold';
  if (rules.dominance && contributors && contributors.length > 0 && value > 0) {
    const largest = [...contributors].sort((a, b) => b - a).slice(0, rules.dominance.n);
    const share = largest.reduce((sum, c) => sum + c, 0) / value;
    if (share > rules.dominance.k / 100) return 'dominance';
  }
  return undefined;
}
