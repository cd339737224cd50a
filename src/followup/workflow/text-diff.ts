/** One run of words in a diff: unchanged, added in the newer text, or removed from the older one. */
export type WordChange = { readonly op: 'same' | 'added' | 'removed'; readonly text: string };

const words = (text: string) => text.match(/\S+/g) ?? [];

/**
 * The word-level difference between two texts, as runs of words (joined by single spaces): the
 * longest common subsequence of words is kept as 'same', the rest is 'removed' or 'added'. Common
 * leading and trailing words are cut off first, so an edit in a long text costs little.
 */
export function wordDiff(before: string, after: string): WordChange[] {
  const a = words(before);
  const b = words(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: { op: WordChange['op']; word: string }[] = a.slice(0, start).map((word) => ({ op: 'same', word }));
  ops.push(...middle(a.slice(start, endA), b.slice(start, endB)));
  ops.push(...a.slice(endA).map((word) => ({ op: 'same' as const, word })));
  return runs(ops);
}

/** The LCS table from the end: lcs[i][j] = length of the LCS of x[i..] and y[j..]. */
function middle(x: readonly string[], y: readonly string[]): { op: WordChange['op']; word: string }[] {
  const width = y.length + 1;
  const lcs = new Uint32Array((x.length + 1) * width);
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        x[i] === y[j]
          ? (lcs[(i + 1) * width + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
  const ops: { op: WordChange['op']; word: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      ops.push({ op: 'same', word: x[i] as string });
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] as number) >= (lcs[i * width + j + 1] as number)) {
      ops.push({ op: 'removed', word: x[i++] as string });
    } else {
      ops.push({ op: 'added', word: y[j++] as string });
    }
  }
  while (i < x.length) ops.push({ op: 'removed', word: x[i++] as string });
  while (j < y.length) ops.push({ op: 'added', word: y[j++] as string });
  return ops;
}

function runs(ops: readonly { op: WordChange['op']; word: string }[]): WordChange[] {
  const out: { op: WordChange['op']; text: string }[] = [];
  for (const { op, word } of ops) {
    const last = out.at(-1);
    if (last && last.op === op) last.text += ` ${word}`;
    else out.push({ op, text: word });
  }
  return out;
}
