import { defineCodeList } from './code-list.ts';
import { sourceLabels } from './source-labels.ts';

/** The chain partners that deliver registrations. */
export const sources = defineCodeList('source', sourceLabels);
export type SourceCode = (typeof sources.codes)[number];
