import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  architectureDocPath,
  architectureSections,
  regenerateArchitectureCommand,
  staleSections,
  withSections,
} from './architecture-doc.ts';
import { renderCodeLists } from '../contract/index.ts';
import { renderIndicatorCatalogue } from '../indicators/index.ts';
import { readGeneratedSection, writeGeneratedSection } from './generated-sections.ts';
import { type CliOutput, terminalOutput } from './output.ts';

/** Documents with one generated part each: where, which markers, and what renders it. */
const generatedDocs = {
  'code-lists': {
    path: new URL('../../docs/data-contract.md', import.meta.url),
    section: 'code-lists',
    render: renderCodeLists,
  },
  indicators: {
    path: new URL('../../docs/indicators.md', import.meta.url),
    section: 'catalogue',
    render: renderIndicatorCatalogue,
  },
} as const;

/**
 * `zicht docs architecture|code-lists|indicators [--check]`: regenerates (or checks) the parts of
 * docs/ARCHITECTURE.md, docs/data-contract.md and docs/indicators.md that are generated from the code.
 */
export function registerDocsCommand(program: Command, output: CliOutput = terminalOutput): void {
  const docs = program.command('docs').description('documents generated from the code');
  docs
    .command('architecture')
    .description(
      "rewrite the store's tables and the folder map in docs/ARCHITECTURE.md from the migrations and the imports",
    )
    .option('--check', 'write nothing; exit with 1 when the document is out of date')
    .action(async (o: { check?: boolean }) => {
      const doc = readFileSync(architectureDocPath, 'utf8');
      const sections = await architectureSections();
      const stale = staleSections(doc, sections);
      if (o.check) {
        if (stale.length === 0) return output.result(`${architectureDocPath} is up to date`);
        output.error(
          `${architectureDocPath} is out of date (${stale.join(', ')}): run \`${regenerateArchitectureCommand}\``,
        );
        process.exitCode = 1;
        return;
      }
      if (stale.length > 0) writeFileSync(architectureDocPath, withSections(doc, sections));
      output.result(
        stale.length === 0
          ? `${architectureDocPath} is up to date`
          : `rewrote ${stale.join(' and ')} in ${architectureDocPath}`,
      );
    });
  for (const [name, doc] of Object.entries(generatedDocs)) {
    docs
      .command(name)
      .description(`rewrite the generated part of ${doc.path.pathname.split('/').slice(-2).join('/')} from the code`)
      .option('--check', 'write nothing; exit with 1 when the document is out of date')
      .action((o: { check?: boolean }) => {
        const text = readFileSync(doc.path, 'utf8');
        const expected = doc.render();
        const file = doc.path.pathname;
        if (readGeneratedSection(text, doc.section) === expected) return output.result(`${file} is up to date`);
        if (o.check) {
          output.error(`${file} is out of date: run \`npx zicht docs ${name}\``);
          process.exitCode = 1;
          return;
        }
        writeFileSync(doc.path, writeGeneratedSection(text, doc.section, expected));
        output.result(`rewrote the generated part of ${file}`);
      });
  }
}
