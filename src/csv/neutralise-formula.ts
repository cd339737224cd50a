/**
 * A text a spreadsheet could run as a formula (CSV/formula injection, OWASP): it starts with = + - @,
 * or with a tab or carriage return, possibly after spaces, quotes or apostrophes, which some
 * programs skip. Every text cell of every CSV or XLSX a user downloads passes `neutraliseFormula`.
 */
const formulaStart = /^[\s'"]*[=+\-@]|^'*[\t\r]/;

export const startsLikeFormula = (text: string): boolean => formulaStart.test(text);

/**
 * Prefixes such a text with a single quote, so the spreadsheet shows it as text (`=1+1` → `'=1+1`).
 * Only texts: a number cell (-2) stays a number. Reversible with `restoreFormula`, also for texts
 * that begin with a quote themselves (`'=x` → `''=x` → `'=x`).
 */
export const neutraliseFormula = (text: string): string => (formulaStart.test(text) ? `'${text}` : text);

/** Undoes `neutraliseFormula` on a cell read back from a download (an import of an exported CSV). */
export const restoreFormula = (text: string): string =>
  text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
