import type { ReactNode } from 'react';

/**
 * Data that exists only in Dutch (recommendations, commitments, ministries, titles) stays Dutch on
 * the English page; `lang="nl"` makes a screen reader read it as Dutch (WCAG 3.1.2, language of parts).
 */
export function DutchText({ children }: { children: ReactNode }) {
  return <span lang="nl">{children}</span>;
}
