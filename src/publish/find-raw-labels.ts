import { codeOrder, labelledColumns } from './column-labels.ts';

// What a reader must never see: a code or column id where a word belongs, a year printed as a
// quantity (2.018). Pure functions over text, so the browser test and its own unit test share them.

const snakeCase = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g;
/** Years of the monitor's range with a thousands separator, in a sentence: 'in 2.018', '2.018–2.025'. */
// Only years this century (2.000–2.039): 'tot 1.380' in an interval is a count, and counts near
// 2,000 after 'tot' or 'van' are too common to tell from a year, so those words are not used.
const separatedYearInText = /\b(?:[Ii]n|jaar|year|sinds|since) 2[.,]0[0-3]\d\b|\b2[.,]0[0-3]\d ?[–-] ?2[.,]0[0-3]\d\b/g;

const codedColumns = [
  'source',
  'setting',
  'relationship',
  'category',
  'decision',
  'ruling',
  'sentence_type',
  'step',
  'stage',
  'norm',
  'service',
  'age_band',
  'delay_band',
  'status',
];
/** Every code of the published breakdowns, e.g. 'dismissal_policy', 'csam', 'veilig_thuis'. */
const codes: ReadonlySet<string> = new Set(codedColumns.flatMap((c) => codeOrder(c)));
const columnIds: ReadonlySet<string> = new Set(
  labelledColumns.flatMap((id) => [id.toLowerCase(), id.replaceAll('_', ' ').toLowerCase()]),
);

/** Raw ids in running text: snake_case codes and column ids, and years with a thousands separator. */
export function rawLabelsInText(text: string): string[] {
  return [...(text.match(snakeCase) ?? []), ...(text.match(separatedYearInText) ?? [])];
}

/**
 * Whether a heading (table header, download header, chart axis or legend label) is a raw id: a
 * column id as it is or with spaces for underscores ('with complaint', 'p80 days'), or a code.
 */
export function isRawHeading(heading: string, lang: 'nl' | 'en'): boolean {
  const text = heading.trim();
  if (text === '') return false;
  if (rawLabelsInText(text).length > 0) return true;
  // A one-word English id is a word in an English heading ('Model', 'Status'), not in a Dutch one.
  const lower = text.toLowerCase();
  if (columnIds.has(lower) && (lang === 'nl' || lower.includes(' ')) && text === lower) return true;
  return columnIds.has(lower) && lower.includes(' ') && !/[A-Z]/.test(text.charAt(0));
}

/** Whether a table cell or chart label shows a code instead of its label ('rape', 'summons', 'csam'). */
export function isRawCell(cell: string): boolean {
  const text = cell.trim();
  return codes.has(text) || rawLabelsInText(text).length > 0;
}

/** Whether a label where a year belongs (a row header, a chart tick) is a year printed with a separator: 2.018. */
export function isSeparatedYear(label: string): boolean {
  const match = /^([12])[.,](\d{3})$/.exec(label.trim());
  if (!match) return false;
  const year = Number(`${match[1]}${match[2]}`);
  // Round numbers are counts on an axis (2.000, 2.050), not years.
  return year >= 1990 && year <= 2039 && year % 50 !== 0;
}
