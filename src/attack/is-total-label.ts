/**
 * A row label that stands for the total over a dimension ("All sources"): such a row is the sum,
 * or the union, of the others, and never one of the parts being summed.
 */
export function isTotalLabel(label: string): boolean {
  return /^(all|alle|total|totaal)\b/i.test(label.trim());
}
