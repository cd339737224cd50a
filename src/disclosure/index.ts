/**
 * Disclosure control for an edition's tables: primary and secondary suppression over linked tables
 * (protectTables), and the LP attacker that shows no suppressed cell can be narrowed down
 * (auditTables). See docs/disclosure.md.
 */
export type {
  AuditOptions,
  AuditResult,
  Cell,
  DisclosureOptions,
  ProtectedCell,
  ProtectedTable,
  PublishedTable,
  SuppressionReason,
} from './table-types.ts';
export { protectTables } from './protect-tables.ts';
export { auditTables } from './audit-tables.ts';
