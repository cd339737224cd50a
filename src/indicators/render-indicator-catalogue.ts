import { sources } from '../contract/index.ts';
import type { IndicatorDefinition } from './indicator-definition.ts';
import { indicatorRegistry } from './indicator-registry.ts';

const cell = (text: string) => text.replaceAll('|', '\\|');

function renderOne(d: IndicatorDefinition): string {
  const lines = [
    `### \`${d.id}\``,
    '',
    `**${cell(d.title.en)}** / ${cell(d.title.nl)}`,
    '',
    `- EN: ${d.definition.en}`,
    `- NL: ${d.definition.nl}`,
    `- Unit: ${d.unit.en} / ${d.unit.nl}`,
    `- Sources: ${d.sources.length === 0 ? '— (pipeline output)' : d.sources.map((s) => sources.labels[s].en).join(', ')}`,
    `- Breakdowns: ${d.breakdowns.map((b) => `\`${b}\``).join(', ')}`,
  ];
  for (const p of d.parameters ?? [])
    lines.push(`- Parameter \`${p.name}\`: ${p.label.en} / ${p.label.nl}, default ${p.defaultValue} ${p.unit.en}`);
  return lines.join('\n');
}

/** The indicator catalogue as Markdown, generated from the registry (docs/indicators.md holds it). */
export function renderIndicatorCatalogue(): string {
  const definitions = [...indicatorRegistry.values()];
  const index = [
    '| id | title | unit |',
    '|---|---|---|',
    ...definitions.map((d) => `| \`${d.id}\` | ${cell(d.title.en)} | ${cell(d.unit.en)} |`),
  ];
  return [
    `${definitions.length} indicators.`,
    '',
    ...index,
    '',
    ...definitions.map(renderOne).join('\n\n').split('\n'),
  ].join('\n');
}
