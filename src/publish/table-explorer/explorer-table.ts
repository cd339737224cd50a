/**
 * A published table as the table explorer reads it (`data/<id>.json`): every label and every cell's
 * text in both languages, so the browser formats nothing and shows exactly what the pages show.
 * Browser code imports this file, so it imports nothing.
 */
export type ExplorerLabel = { readonly nl: string; readonly en: string };
export type ExplorerLang = keyof ExplorerLabel;
export type Withheld = 'threshold' | 'dominance' | 'secondary';

export type ExplorerDimension = {
  readonly id: string;
  readonly label: ExplorerLabel;
  /** The codes in the table's own order, each with its label. */
  readonly values: readonly { readonly code: string; readonly label: ExplorerLabel }[];
};

export type ExplorerCell = {
  /** The number (or text) itself, for sorting and downloads; null when empty or withheld. */
  readonly value: number | string | null;
  readonly text: ExplorerLabel;
};

export type ExplorerRow = {
  /** The code of each dimension, in the order of `dimensions`. */
  readonly codes: readonly string[];
  /** One cell per measure, in the order of `measures`. */
  readonly cells: readonly ExplorerCell[];
  readonly status: 'published' | Withheld;
};

export type ExplorerTable = {
  readonly id: string;
  readonly title: ExplorerLabel;
  readonly unit: ExplorerLabel;
  readonly dimensions: readonly ExplorerDimension[];
  readonly measures: readonly { readonly id: string; readonly label: ExplorerLabel }[];
  readonly rows: readonly ExplorerRow[];
};
