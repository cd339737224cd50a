import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regimeOnDate, sources, wsmInForce } from '../src/contract/index.ts';
import { toezeggingSchema } from '../src/followup/commitments/toezegging.ts';
import { indicatorRegistry } from '../src/indicators/index.ts';
import { estimationLists } from '../src/pipeline/index.ts';
import { disclosureThreshold } from '../src/publish/protect-edition-tables.ts';

// docs/domain.md states the domain facts the code relies on; these checks fail when the code and the
// page part ways, so whoever changes one is sent to the other.
const repo = new URL('../', import.meta.url);
const doc = readFileSync(new URL('docs/domain.md', repo), 'utf8');
const partnerRows = doc.split('\n').filter((line) => /^\| `[a-z_]+` \|/.test(line));

describe('docs/domain.md', () => {
  it('points only to code that exists', () => {
    const cited = [...doc.matchAll(/`(src\/[^`\s]+)`/g)].map((m) => m[1] as string);
    expect(cited.length).toBeGreaterThan(20);
    for (const path of cited) expect(existsSync(new URL(path, repo)), path).toBe(true);
  });

  it('names the day the Wet seksuele misdrijven came into force as the code switches regime', () => {
    expect(wsmInForce).toBe('2024-07-01');
    expect(regimeOnDate('2024-06-30')).toBe('zeden');
    expect(regimeOnDate(wsmInForce)).toBe('wsm');
    expect(doc).toContain('**1 July 2024**');
    expect(doc).toContain(`\`wsmInForce = '${wsmInForce}'\``);
  });

  it('has a row for every chain partner, and puts each in the estimation list the pipeline uses', () => {
    expect(partnerRows.map((row) => /^\| `([a-z_]+)`/.exec(row)?.[1]).sort()).toEqual([...sources.codes].sort());
    const listOf = (code: string) => estimationLists.find((l) => (l.sources as readonly string[]).includes(code));
    for (const row of partnerRows) {
      const code = /^\| `([a-z_]+)`/.exec(row)?.[1] as string;
      const list = listOf(code);
      const said = row.split('|').at(-2)?.trim() ?? '';
      if (!list) expect(said, code).toMatch(/^not a list/);
      else if (list.sources.length > 1) expect(said, code).toContain(`*${list.name}*`);
      else expect(said, code).toBe('own list');
    }
  });

  it('gives the norms and targets the indicators use by default', () => {
    for (const id of ['norm-attainment-police', 'norm-attainment-om', 'throughput-times']) {
      const parameters = indicatorRegistry.get(id)?.parameters ?? [];
      expect(parameters.length, id).toBeGreaterThan(0);
      for (const p of parameters) expect(doc, `${id}: ${p.name}`).toContain(`\`${p.name}\` ${p.defaultValue}`);
    }
    expect(doc).toContain('**60 days**');
    expect(doc).toContain('Six months is 183 days');
  });

  it('lists exactly the Kamer statuses the Toezegging import accepts, and the disclosure threshold', () => {
    const accepted = toezeggingSchema.shape.Status.options;
    expect(doc).toContain(
      `The Kamer uses ${accepted
        .slice(0, -1)
        .map((s) => `\`${s}\``)
        .join(', ')}, \`${accepted.at(-1)}\``,
    );
    expect(doc).toContain(
      `the import reads all ${['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'][accepted.length]}`,
    );
    expect(doc).toContain(`\`disclosureThreshold = ${disclosureThreshold}\``);
  });
});
