import { type Command, InvalidArgumentError } from 'commander';
import type { z } from 'zod';
import { listUsers } from '../access/index.ts';
import {
  editionPatchSchema,
  type KnownPerson,
  listVersions,
  loadEditionRecord,
  loadRedactionDecisions,
  newEditionSchema,
  recommendationInputSchema,
  recommendationPatchSchema,
  redactionDecisionInputSchema,
  redactionState,
  responseInputSchema,
  storedVersionDiff,
  storeEditionPatch,
  storeNewEdition,
  storeNewRecommendation,
  storeRecommendationPatch,
  storeRedactionDecision,
  storeResponse,
  storeWorkflowStep,
  versionedEntities,
  type VersionedEntity,
  workflowStepSchema,
} from '../followup/index.ts';
import { defaultStorePath, type Store } from '../store/index.ts';
import type { CliOutput } from './output.ts';
import { withStore } from './with-store.ts';

const context = (actor: string) => ({ actor: { name: actor }, at: new Date().toISOString() });
const integer = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('use a whole number');
  return n;
};
const collect = (v: string, all: string[] = []) => [...all, v];
const json = (option: string) => (v: string) => {
  try {
    return JSON.parse(v) as unknown;
  } catch {
    throw new InvalidArgumentError(`${option}: not valid JSON`);
  }
};
const entity = (v: string) => {
  if (!(versionedEntities as readonly string[]).includes(v))
    throw new InvalidArgumentError(`use ${versionedEntities.join(', ')}`);
  return v as VersionedEntity;
};

function valid<T>(schema: z.ZodType<T>, value: unknown, option: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidArgumentError(
    `${option}: ${result.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')}`,
  );
}

const knownPeople = async (store: Store): Promise<KnownPerson[]> =>
  (await listUsers(store)).map((u) => ({ name: u.name, role: u.role }));

/**
 * `zicht followup new-edition|edit|add-recommendation|edit-recommendation|respond|versions|diff|
 * redactions|redact|step`: the edition workspace from the command line. The command line runs as
 * the local administrator: it names the department a sign-off is for, and may take any step.
 */
export function registerFollowupEditCommands(followup: Command, output: CliOutput): void {
  const db = (cmd: Command) => cmd.option('--db <path>', 'store file', defaultStorePath);

  db(followup.command('new-edition').description('start the response to a new edition of the monitor'))
    .requiredOption('--id <id>', 'e.g. 2024-2028')
    .requiredOption('--title <title>')
    .requiredOption('--from <year>', 'first year', integer)
    .requiredOption('--to <year>', 'last year', integer)
    .requiredOption('--lead <department>', 'the lead department’s code, e.g. JenV')
    .requiredOption('--actor <name>')
    .action(
      async (o: { db: string; id: string; title: string; from: number; to: number; lead: string; actor: string }) => {
        const input = valid(
          newEditionSchema,
          { id: o.id, title: o.title, yearFrom: o.from, yearTo: o.to, leadDepartment: o.lead },
          'edition',
        );
        const e = await withStore(o.db, (store) => storeNewEdition(store, input, context(o.actor)));
        output.result(`created edition ${e.id} (version 1), led by ${e.leadDepartment}`);
      },
    );

  db(followup.command('edit').description('change an edition’s texts, e.g. --patch \'{"letter":{"closing":"…"}}\''))
    .requiredOption('--edition <id>')
    .requiredOption('--expected-version <n>', 'the version you edited (see `followup versions`)', integer)
    .requiredOption(
      '--patch <json>',
      'fields to change; letter, nota and sender are merged key by key',
      json('--patch'),
    )
    .requiredOption('--actor <name>')
    .action(async (o: { db: string; edition: string; expectedVersion: number; patch: unknown; actor: string }) => {
      const patch = valid(editionPatchSchema, o.patch, '--patch');
      await withStore(o.db, (store) => storeEditionPatch(store, o.edition, o.expectedVersion, patch, context(o.actor)));
      output.result(`saved edition ${o.edition} as version ${o.expectedVersion + 1}`);
    });

  db(followup.command('add-recommendation').description('add a recommendation of the Rapporteur to an edition'))
    .requiredOption('--edition <id>')
    .option('--number <n>', 'default: after the last one', integer)
    .requiredOption('--text <text>')
    .requiredOption('--addressee <minister>', 'repeat for each addressee', collect)
    .requiredOption('--ministry <name>', 'repeat for each ministry', collect)
    .requiredOption('--theme <key>')
    .requiredOption('--actor <name>')
    .action(
      async (o: {
        db: string;
        edition: string;
        number?: number;
        text: string;
        addressee: string[];
        ministry: string[];
        theme: string;
        actor: string;
      }) => {
        const input = valid(
          recommendationInputSchema,
          {
            text: o.text,
            addressees: o.addressee,
            ministries: o.ministry,
            theme: o.theme,
            ...(o.number ? { number: o.number } : {}),
          },
          'recommendation',
        );
        const r = await withStore(o.db, (store) => storeNewRecommendation(store, o.edition, input, context(o.actor)));
        output.result(`added recommendation ${r.number} to ${o.edition}`);
      },
    );

  db(followup.command('edit-recommendation').description('change a recommendation, e.g. --set \'{"text":"…"}\''))
    .requiredOption('--edition <id>')
    .requiredOption('--number <n>', 'the recommendation', integer)
    .requiredOption('--expected-version <n>', 'the version you edited', integer)
    .requiredOption('--set <json>', 'text, addressees, ministries and/or theme', json('--set'))
    .requiredOption('--actor <name>')
    .action(
      async (o: {
        db: string;
        edition: string;
        number: number;
        expectedVersion: number;
        set: object;
        actor: string;
      }) => {
        const patch = valid(recommendationPatchSchema, { ...o.set, expectedVersion: o.expectedVersion }, '--set');
        await withStore(o.db, (store) => storeRecommendationPatch(store, o.edition, o.number, patch, context(o.actor)));
        output.result(`saved recommendation ${o.number} of ${o.edition} as version ${o.expectedVersion + 1}`);
      },
    );

  db(followup.command('respond').description('set the stance and response to a recommendation'))
    .requiredOption('--edition <id>')
    .requiredOption('--number <n>', 'the recommendation', integer)
    .requiredOption('--stance <stance>', 'embraced | already-met | partly | not-adopted')
    .requiredOption('--text <text>', 'paragraphs separated by a blank line')
    .option('--ministry <name>', 'repeat for each; default: the recommendation’s', collect)
    .requiredOption('--expected-version <n>', '0 for the first response', integer)
    .requiredOption('--actor <name>')
    .action(
      async (o: {
        db: string;
        edition: string;
        number: number;
        stance: string;
        text: string;
        ministry?: string[];
        expectedVersion: number;
        actor: string;
      }) => {
        const input = valid(
          responseInputSchema,
          {
            expectedVersion: o.expectedVersion,
            stance: o.stance,
            text: o.text,
            ...(o.ministry ? { ministries: o.ministry } : {}),
          },
          'response',
        );
        await withStore(o.db, (store) => storeResponse(store, o.edition, o.number, input, context(o.actor)));
        output.result(`saved the response to recommendation ${o.number} of ${o.edition}`);
      },
    );

  db(followup.command('versions').description('the saved versions of an edition, recommendation or response'))
    .requiredOption('--entity <entity>', versionedEntities.join(' | '), entity)
    .requiredOption('--id <id>', 'an edition id, or <edition>/<number> for a recommendation or response')
    .action(async (o: { db: string; entity: VersionedEntity; id: string }) => {
      const versions = await withStore(o.db, (store) => listVersions(store, o.entity, o.id));
      output.result(versions.map((v) => `${v.version}\t${v.at}\t${v.actor}`).join('\n') || 'no versions');
    });

  db(followup.command('diff').description('what changed between two versions, field by field'))
    .requiredOption('--entity <entity>', versionedEntities.join(' | '), entity)
    .requiredOption('--id <id>')
    .requiredOption('--from <n>', 'older version (0: nothing)', integer)
    .requiredOption('--to <n>', 'newer version', integer)
    .action(async (o: { db: string; entity: VersionedEntity; id: string; from: number; to: number }) => {
      const { changes } = await withStore(o.db, (store) => storedVersionDiff(store, o.entity, o.id, o.from, o.to));
      const mark = { same: '', added: '+', removed: '-' } as const;
      output.result(
        changes
          .map(
            (c) =>
              `${c.path}: ${c.words.map((w) => (w.op === 'same' ? w.text : `[${mark[w.op]}${w.text}]`)).join(' ')}`,
          )
          .join('\n') || 'no changes',
      );
    });

  db(
    followup
      .command('redactions')
      .description('the redactions proposed for an edition’s public versions, with decisions'),
  )
    .requiredOption('--edition <id>')
    .action(async (o: { db: string; edition: string }) => {
      const views = await withStore(
        o.db,
        async (store) =>
          redactionState(
            await loadEditionRecord(store, o.edition),
            await knownPeople(store),
            await loadRedactionDecisions(store, o.edition),
          ).views,
      );
      output.result(
        views
          .map((v) => `${v.id}\t${v.decision ?? 'undecided'}\t${v.ground ?? '-'}\t${v.field}\t"${v.text}"\t${v.reason}`)
          .join('\n') || 'no proposals',
      );
    });

  db(followup.command('redact').description('decide on a proposed redaction (redact or keep)'))
    .requiredOption('--edition <id>')
    .requiredOption('--proposal <id>')
    .requiredOption('--decision <decision>', 'redact | keep')
    .option('--ground <ground>', '5.1.2e | 5.2 (default: the proposed one)')
    .requiredOption('--actor <name>')
    .action(
      async (o: {
        db: string;
        edition: string;
        proposal: string;
        decision: string;
        ground?: string;
        actor: string;
      }) => {
        const input = valid(
          redactionDecisionInputSchema,
          { decision: o.decision, ...(o.ground ? { ground: o.ground } : {}) },
          'decision',
        );
        const d = await withStore(o.db, async (store) =>
          storeRedactionDecision(store, o.edition, o.proposal, input, context(o.actor), await knownPeople(store)),
        );
        output.result(`${d.proposalId}: ${d.decision}${d.ground ? ` (${d.ground} Woo)` : ''}`);
      },
    );

  db(
    followup
      .command('step')
      .description(
        'take a workflow step on an edition’s response, e.g. --step \'{"kind":"sign-off"}\' --department VWS',
      ),
  )
    .requiredOption('--edition <id>')
    .requiredOption('--step <json>', 'the step', json('--step'))
    .option('--department <code>', 'for a sign-off or comment: the department it is for (e.g. VWS)')
    .option('--directorate <name>', 'for a sign-off or comment: the directorate, where a department has several')
    .requiredOption('--actor <name>')
    .action(
      async (o: {
        db: string;
        edition: string;
        step: object;
        department?: string;
        directorate?: string;
        actor: string;
      }) => {
        const step = valid(
          workflowStepSchema,
          {
            ...o.step,
            ...(o.department ? { department: o.department } : {}),
            ...(o.directorate ? { directorate: o.directorate } : {}),
          },
          '--step',
        );
        const w = await withStore(o.db, async (store) =>
          storeWorkflowStep(store, o.edition, step, context(o.actor), {
            authority: { kind: 'local-administrator' },
            knownPeople: await knownPeople(store),
          }),
        );
        output.result(`the response to ${o.edition} is now ${w.state}`);
      },
    );
}
