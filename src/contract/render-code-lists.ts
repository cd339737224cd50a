import { caseSteps, courtRulings, omDecisions, sentenceTypes } from './case-steps.ts';
import type { CodeList } from './code-list.ts';
import { offenceCategories, offenceDefinitions } from './offences.ts';
import { roles, sexes } from './persons.ts';
import { regions } from './regions.ts';
import { relationships } from './relationships.ts';
import { settings } from './settings.ts';
import { sources } from './sources.ts';

const listTable = (list: CodeList<string>) =>
  [
    `### \`${list.id}\``,
    '',
    '| code | NL | EN |',
    '|---|---|---|',
    ...list.codes.map((c) => `| \`${c}\` | ${list.labels[c]?.nl} | ${list.labels[c]?.en} |`),
  ].join('\n');

/** The code lists of the contract as Markdown, so the documentation is generated from the code. */
export function renderCodeLists(): string {
  const lists: CodeList<string>[] = [
    sources,
    roles,
    sexes,
    settings,
    relationships,
    regions,
    caseSteps,
    omDecisions,
    courtRulings,
    sentenceTypes,
    offenceCategories,
  ];
  const offenceRows = Object.entries(offenceDefinitions).map(
    ([code, d]) =>
      `| \`${code}\` | ${d.regime === 'zeden' ? 'until 2024-06-30' : 'from 2024-07-01'} | ${d.article ?? '—'} | ${d.label.nl} | ${d.label.en} | \`${d.category}\` | ${'successor' in d ? `\`${d.successor}\`` : ''} |`,
  );
  return [
    ...lists.map(listTable),
    '### `offence`',
    '',
    '| code | law in force | article Sr | NL | EN | category | closest new-law code |',
    '|---|---|---|---|---|---|---|',
    ...offenceRows,
  ]
    .join('\n\n')
    .replace(/\n\n\|/g, '\n|');
}
