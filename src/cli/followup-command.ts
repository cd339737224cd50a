import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { type Command, InvalidArgumentError } from 'commander';
import {
  buildDemoData,
  commitmentDigest,
  commitmentsFromCsv,
  commitmentsToCsv,
  convertToPdf,
  decisionMemo,
  fromToezeggingen,
  loadDocumentRecord,
  loadFollowupData,
  policyLetter,
  renderDigestText,
  renderDocx,
  replaceFollowupData,
  storeCommitmentStatus,
  storeImportedCommitments,
  storeNewCommitment,
  toToezeggingen,
} from '../followup/index.ts';
import { listUsers } from '../access/index.ts';
import { defaultStorePath } from '../store/index.ts';
import { registerFollowupEditCommands } from './followup-edit-command.ts';
import { type CliOutput, terminalOutput } from './output.ts';
import { withStore } from './with-store.ts';

const context = (actor: string) => ({ actor: { name: actor }, at: new Date().toISOString() });
const today = () => new Date().toISOString().slice(0, 10);
const formats = ['csv', 'toezegging-json'] as const;
const format = (v: string) => {
  if (!(formats as readonly string[]).includes(v)) throw new InvalidArgumentError(`use ${formats.join(' or ')}`);
  return v as (typeof formats)[number];
};

async function writeDocument(
  db: string,
  kind: 'letter' | 'nota',
  o: { edition: string; internal?: boolean; out: string; pdf?: boolean },
  output: CliOutput,
) {
  await withStore(db, async (store) => {
    const version = o.internal ? 'internal' : 'public';
    // the public version exists once the response was sent to Parliament, as it was sent
    const people = (await listUsers(store)).map((u) => ({ name: u.name, role: u.role }));
    const record = await loadDocumentRecord(store, o.edition, version, people);
    await writeFile(
      o.out,
      await renderDocx(kind === 'letter' ? policyLetter(record, version) : decisionMemo(record, version)),
    );
    output.result(`wrote the ${version} ${kind} for ${o.edition} to ${o.out}`);
    if (o.pdf) output.result(`and ${(await convertToPdf([o.out])).join(', ')}`);
  });
}

/** `zicht followup …`: the follow-up tracker from the command line; argument parsing only. */
export function registerFollowupCommand(program: Command, output: CliOutput = terminalOutput): void {
  const followup = program
    .command('followup')
    .description('the follow-up tracker: recommendations → responses → commitments to Parliament');
  const db = (cmd: Command) => cmd.option('--db <path>', 'store file', defaultStorePath);

  db(
    followup.command('seed').description('replace the tracker with the two demo editions (2018–2022 and 2020–2024)'),
  ).action(async (o: { db: string }) => {
    await withStore(o.db, (store) => replaceFollowupData(store, buildDemoData()));
    output.result(`seeded the follow-up tracker in ${o.db}`);
  });

  for (const kind of ['letter', 'nota'] as const) {
    db(
      followup
        .command(kind)
        .description(
          kind === 'letter' ? 'write the policy response letter (.docx)' : 'write the decision memo (.docx)',
        ),
    )
      .requiredOption('--edition <id>', 'edition id, e.g. 2018-2022')
      .option('--public', 'the public version: civil servants’ personal data redacted (the default)')
      .option('--internal', 'the internal version, with contact persons')
      .requiredOption('--out <file>', '.docx to write')
      .option('--pdf', 'also convert to PDF with LibreOffice')
      .action((o: { db: string; edition: string; internal?: boolean; out: string; pdf?: boolean }) =>
        writeDocument(o.db, kind, o, output),
      );
  }

  db(followup.command('digest').description('commitments overdue and due soon, per responsible ministry'))
    .option('--ministry <name>', 'only this ministry, e.g. "Justitie en Veiligheid"')
    .option('--today <date>', 'YYYY-MM-DD', today())
    .action(async (o: { db: string; ministry?: string; today: string }) => {
      const data = await withStore(o.db, loadFollowupData);
      output.result(renderDigestText(commitmentDigest(data.commitments, o.today), o.ministry));
    });

  db(
    followup
      .command('export')
      .description('export commitments as CSV or as JSON shaped like the Tweede Kamer’s Toezegging'),
  )
    .requiredOption('--format <format>', formats.join(' | '), format)
    .option('--out <file>', 'file to write (default: standard output)')
    .action(async (o: { db: string; format: (typeof formats)[number]; out?: string }) => {
      const { commitments, posts } = await withStore(o.db, loadFollowupData);
      const today = new Date().toISOString().slice(0, 10);
      const text =
        o.format === 'csv'
          ? commitmentsToCsv(commitments)
          : `${JSON.stringify(toToezeggingen(commitments, posts ?? [], today), null, 2)}\n`;
      if (o.out) await writeFile(o.out, text);
      else output.result(text.replace(/\n$/, ''));
    });

  db(followup.command('import').description('import commitments (CSV or Toezegging JSON); existing ids are replaced'))
    .argument('<file>')
    .requiredOption('--format <format>', formats.join(' | '), format)
    .option('--edition <id>', 'edition for Kamer records without Zicht_EditieId')
    .requiredOption('--actor <name>', 'who imports (kept in history)')
    .action(
      async (file: string, o: { db: string; format: (typeof formats)[number]; edition?: string; actor: string }) => {
        const text = await readFile(file, 'utf8');
        const commitments =
          o.format === 'csv' ? commitmentsFromCsv(text) : fromToezeggingen(JSON.parse(text), o.edition);
        const n = await withStore(o.db, (store) => storeImportedCommitments(store, commitments, context(o.actor)));
        output.result(`imported ${n} commitments`);
      },
    );

  db(followup.command('record').description('record a commitment'))
    .requiredOption('--edition <id>')
    .option('--recommendation <n>', 'recommendation number', (v) => Number(v))
    .requiredOption('--what <text>')
    .requiredOption('--who <minister>')
    .requiredOption('--ministry <name>')
    .requiredOption('--when <date or phrase>', 'YYYY-MM-DD or e.g. "na de zomer", "halfjaarlijks"')
    .option('--made-on <date>', 'YYYY-MM-DD', today())
    .requiredOption('--actor <name>')
    .action(
      async (o: {
        db: string;
        edition: string;
        recommendation?: number;
        what: string;
        who: string;
        ministry: string;
        when: string;
        madeOn: string;
        actor: string;
      }) => {
        const input = {
          editionId: o.edition,
          what: o.what,
          who: o.who,
          ministry: o.ministry,
          when: o.when,
          madeOn: o.madeOn,
          ...(o.recommendation ? { recommendationNumber: o.recommendation } : {}),
        };
        const c = await withStore(o.db, (store) =>
          storeNewCommitment(store, input, context(o.actor), () => `T-${randomUUID().slice(0, 8)}`),
        );
        output.result(
          `recorded ${c.id}, due ${c.promised.due ?? 'no date'}${c.promised.phrase ? ` ("${c.promised.phrase}")` : ''}`,
        );
      },
    );

  db(followup.command('status').description('change a commitment’s status (met and partly-met need --evidence)'))
    .argument('<id>')
    .requiredOption('--status <status>', 'open | met | partly-met | withdrawn')
    .option('--evidence <text>')
    .requiredOption('--actor <name>')
    .action(async (id: string, o: { db: string; status: string; evidence?: string; actor: string }) => {
      const status = o.status as 'open';
      const c = await withStore(o.db, (store) =>
        storeCommitmentStatus(store, id, { status, ...(o.evidence ? { evidence: o.evidence } : {}) }, context(o.actor)),
      );
      output.result(`${c.id} is now ${c.status}`);
    });

  registerFollowupEditCommands(followup, output);
}
