/**
 * What a delivered workbook may hold. Each limit sits far above a real delivery (the XLSX path is
 * for up to a few hundred thousand rows; larger deliveries come as CSV) and far below what would
 * exhaust the reader, so a zip bomb is refused from its directory before a byte is unpacked, and
 * what the directory hides is stopped while unpacking. The worker's heap limit is the last line.
 */
export type XlsxLimits = {
  /** Files in the zip: a workbook has a few dozen. */
  readonly maxEntries: number;
  /** All parts together, unpacked. */
  readonly maxTotalBytes: number;
  /** The sheet's XML, unpacked: streamed, never held; 1,048,576 rows of a dozen cells fit. */
  readonly maxSheetBytes: number;
  /** The shared strings' XML, unpacked: held in memory as strings, so the tightest. */
  readonly maxSharedStringsBytes: number;
  /** Any other part read whole (workbook.xml, its relationships). */
  readonly maxPartBytes: number;
  /** Unpacked to packed size, for parts over `ratioFloorBytes`: Excel's XML packs 5 to 30 times; deflate's ceiling is about 1,032. */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
  /** Distinct texts of the workbook (the shared strings), each kept in memory. */
  readonly maxSharedStrings: number;
  /** Excel's own limits: 1,048,576 rows and 16,384 columns (XFD). */
  readonly maxRows: number;
  readonly maxColumns: number;
  /** One cell's text is cut to this (it then breaks every contract rule of length anyway). */
  readonly maxCellLength: number;
  /** One row's text: more is a row problem, and the row's cells are not kept. */
  readonly maxRowLength: number;
  /** All rows' text together: shared strings let a small sheet repeat one long text in every cell. */
  readonly maxTotalText: number;
  /** One tag, comment or CDATA section of the XML. */
  readonly maxMarkupLength: number;
};

const MiB = 1024 * 1024;

export const xlsxLimits: XlsxLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 2048 * MiB,
  maxSheetBytes: 1024 * MiB,
  maxSharedStringsBytes: 128 * MiB,
  maxPartBytes: 16 * MiB,
  maxRatio: 500,
  ratioFloorBytes: 10 * MiB,
  maxSharedStrings: 2_000_000,
  maxRows: 1_048_576,
  maxColumns: 16_384,
  maxCellLength: 1 << 20,
  maxRowLength: 4 << 20,
  maxTotalText: 1 << 30,
  maxMarkupLength: 1 << 16,
};

/**
 * The heap a worker reading one workbook may use. Within the limits above a workbook needs at most
 * about 200 MB (the shared strings); a worker that needs more is ended with a clear refusal, and
 * the server's own memory is untouched.
 */
export const xlsxWorkerHeapMb = 384;
