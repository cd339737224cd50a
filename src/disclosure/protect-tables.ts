import { type LatticeCell, linkTables } from './link-tables.ts';
import { primarySuppression } from './primary-suppression.ts';
import { suppressSecondary } from './suppress-secondary.ts';
import type {
  DisclosureOptions,
  ProtectedCell,
  ProtectedTable,
  PublishedTable,
  SuppressionReason,
} from './table-types.ts';

export const DEFAULT_THRESHOLD = 10;

/**
 * Primary suppression (threshold, dominance) and, unless switched off, secondary suppression by the
 * hypercube method over all tables together: a quantity two tables share is suppressed in both, and
 * each table then protects it against its own margins. auditTables checks the result.
 */
export function protectTables(tables: readonly PublishedTable[], options: DisclosureOptions = {}): ProtectedTable[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const linked = linkTables(tables);
  const { quantities, lattices } = linked;
  const reasons = new Map<number, SuppressionReason>();
  for (const quantity of quantities) {
    const reason = primarySuppression(quantity, { threshold, dominance: options.dominance });
    if (reason) reasons.set(quantity.id, reason);
  }

  if (options.secondary ?? true) suppressSecondary(linked, reasons, threshold);

  const render = (cell: LatticeCell): ProtectedCell => {
    const reason = reasons.get(cell.quantity);
    return reason
      ? { key: cell.key, suppressed: reason }
      : { key: cell.key, value: quantities[cell.quantity]?.value as number };
  };
  return lattices.map((lattice) => ({
    id: lattice.table.id,
    dimensions: lattice.table.dimensions,
    cells: lattice.interior.map(render),
    margins: lattice.margins.map(render),
  }));
}
