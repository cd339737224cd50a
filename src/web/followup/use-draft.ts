import { useCallback, useEffect, useState } from 'react';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The officer's text in a form, against the stored version it was started from. When the stored
 * text changes underneath: an untouched form follows it; a touched form keeps the officer's text
 * (and its old base, so saving is refused as stale and says who changed it) unless the stored
 * text the form is about did not change (another part of the same entity did), then the base moves.
 */
export function useDraft<T>(source: T, version: number) {
  const [draft, setDraft] = useState<T>(source);
  const [base, setBase] = useState<{ version: number; value: T }>({ version, value: source });
  const dirty = !same(draft, base.value);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `source` is rebuilt on every render; its version says when it changed.
  useEffect(() => {
    if (version === base.version) return;
    if (!dirty) {
      setDraft(source);
      setBase({ version, value: source });
    } else if (same(source, base.value)) {
      setBase({ version, value: source });
    }
  }, [version]);
  /** After a save: the stored text is the officer's, at its new version. */
  const reset = useCallback((value: T, at: number) => {
    setDraft(value);
    setBase({ version: at, value });
  }, []);
  /** After "reload": the newest stored version becomes the base; the officer's text stays. */
  const rebase = useCallback((value: T, at: number) => setBase({ version: at, value }), []);
  return { draft, setDraft, baseVersion: base.version, dirty, reset, rebase };
}
