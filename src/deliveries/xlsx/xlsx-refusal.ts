/**
 * Why a workbook is refused as a whole, raised where it is read (in a worker thread, which cannot
 * throw the main thread's `DeliveryError`): a message in plain words and the value it is about.
 */
export class XlsxRefusal extends Error {
  constructor(
    message: string,
    readonly value: string | number | null = null,
  ) {
    super(message);
    this.name = 'XlsxRefusal';
  }
}

/** What to do instead, said at the end of most refusals. */
export const deliverAsCsv =
  'save the workbook again from Excel, or deliver it as CSV UTF-8 (in Excel: Save as, "CSV UTF-8 (comma delimited)")';
