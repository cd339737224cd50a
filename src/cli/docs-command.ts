import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { architectureDocPath, architectureSections, regenerateArchitectureCommand, staleSections, withSections } from './architecture-doc.ts';
import { type CliOutput, terminalOutput } from './output.ts';

/** `zicht docs architecture [--check]`: regenerates (or checks) the generated parts of docs/ARCHITECTURE.md. */
export function registerDocsCommand(program: Command, output: CliOutput = terminalOutput): void {
  const docs = program.command('docs').description('documents generated from the code');
  docs
    .command('architecture')
    .description('rewrite the store\'s tables and the folder map in docs/ARCHITECTURE.md from the migrations and the imports')
    .option('--check', 'write nothing; exit with 1 when the document is out of date')
    .action(async (o: { check?: boolean }) => {
      const doc = readFileSync(architectureDocPath, 'utf8');
      const sections = await architectureSections();
      const stale = staleSections(doc, sections);
      if (o.check) {
        if (stale.length === 0) return output.result(`${architectureDocPath} is up to date`);
        output.error(`${architectureDocPath} is out of date (${stale.join(', ')}): run \`${regenerateArchitectureCommand}\``);
        process.exitCode = 1;
        return;
      }
      if (stale.length > 0) writeFileSync(architectureDocPath, withSections(doc, sections));
      output.result(stale.length === 0 ? `${architectureDocPath} is up to date` : `rewrote ${stale.join(' and ')} in ${architectureDocPath}`);
    });
}
