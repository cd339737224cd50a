/** A line as the splitter hands it on: its text, or only its length when it was longer than allowed. */
export type SplitLine = { readonly text: string } | { readonly tooLong: number };

/**
 * Cuts decoded text into lines in one pass: each chunk is searched once for line ends and the
 * pieces of an unfinished line are kept apart and joined once, so a line of any length costs time
 * in proportion to it. A line longer than `maxLength` is not kept at all, only counted, so memory
 * stays bounded by `maxLength` however long a hostile line is.
 */
export class LineSplitter {
  private pieces: string[] = [];
  private length = 0;

  constructor(private readonly maxLength: number) {}

  /** Feeds decoded text; returns the lines it completed (without their line feed). */
  push(text: string): SplitLine[] {
    const lines: SplitLine[] = [];
    let from = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', from)) {
      this.add(text, from, end);
      lines.push(this.take());
      from = end + 1;
    }
    this.add(text, from, text.length);
    return lines;
  }

  /** The last line, when the text did not end with a line feed. */
  end(): SplitLine | null {
    return this.length > 0 ? this.take() : null;
  }

  private add(text: string, from: number, to: number): void {
    if (to <= from) return;
    this.length += to - from;
    if (this.length > this.maxLength) this.pieces = [];
    else this.pieces.push(from === 0 && to === text.length ? text : text.slice(from, to));
  }

  private take(): SplitLine {
    const line: SplitLine = this.length > this.maxLength ? { tooLong: this.length } : { text: this.pieces.join('') };
    this.pieces = [];
    this.length = 0;
    return line;
  }
}
