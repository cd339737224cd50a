import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.ts';
import {
  storeEditionPatch,
  storeNewEdition,
  storeNewRecommendation,
  storeRecommendationPatch,
  storeResponse,
} from './edit-followup.ts';
import { editionOverview } from '../edition-overview.ts';
import { editionWorkspace } from './edition-workspace.ts';
import { type FollowupError, StaleVersionError } from '../followup-error.ts';
import type { ChangeContext } from '../followup-model.ts';
import { loadEditionRecord, storeNewCommitment } from '../followup-store.ts';
import { editionVersions, listVersions, storedVersionDiff } from './followup-versions.ts';
import { publicRecord } from './printed-record.ts';
import { loadRedactionDecisions, redactionState, storeRedactionDecision } from '../redaction/redaction-store.ts';
import type { WorkflowAuthority, WorkflowStep } from './response-workflow.ts';
import { storeWorkflowStep } from './workflow-store.ts';

const at = (minute: number, name = 'Anna de Vries'): ChangeContext => ({
  actor: { name },
  at: `2026-04-01T10:${String(minute).padStart(2, '0')}:00Z`,
});
const officer = (department: string): WorkflowAuthority => ({ kind: 'user', role: 'officer', department });
const cabinet: WorkflowAuthority = { kind: 'user', role: 'minister-office', department: 'JenV' };
const people = [{ name: 'Anna de Vries', role: 'officer' }];
const id = '2024-2028';

let store: Store;
beforeEach(async () => {
  store = await openStore(':memory:');
});
afterEach(() => store.close());

const step = (s: WorkflowStep, authority: WorkflowAuthority, context = at(30)) =>
  storeWorkflowStep(store, id, s, context, { authority, knownPeople: people });
const errorOf = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (e) {
    return e as FollowupError;
  }
  throw new Error('expected a refusal');
};

async function draftWithOneResponse() {
  await storeNewEdition(
    store,
    {
      id,
      title: 'Monitor seksueel geweld tegen kinderen 2024–2028',
      yearFrom: 2024,
      yearTo: 2028,
      leadDepartment: 'JenV',
    },
    at(0),
  );
  await storeNewRecommendation(
    store,
    id,
    {
      text: 'Zorg voor één landelijk dekkend zorgaanbod.',
      addressees: ['Minister van Volksgezondheid, Welzijn en Sport'],
      ministries: ['Volksgezondheid, Welzijn en Sport'],
      theme: 'zorg',
    },
    at(1),
  );
  await storeResponse(
    store,
    id,
    1,
    { expectedVersion: 0, stance: 'embraced', text: 'Het kabinet omarmt deze aanbeveling.\n\n  Wij werken dit uit.  ' },
    at(2),
  );
}

describe('editing an edition with versions', () => {
  it('stores every edit as a version, refuses a stale one naming who changed it when, and diffs word by word', async () => {
    await draftWithOneResponse();
    await storeEditionPatch(
      store,
      id,
      1,
      { letter: { closing: 'Wij houden uw Kamer op de hoogte.' } },
      at(3, 'Bram Jansen'),
    );
    const stale = await errorOf(
      storeEditionPatch(store, id, 1, { letter: { closing: 'Iets anders' } }, at(4, 'Anna de Vries')),
    );
    expect(stale).toBeInstanceOf(StaleVersionError);
    expect(stale.message).toContain('changed by Bram Jansen at 2026-04-01T10:03:00Z');
    expect(stale).toMatchObject({ changedBy: 'Bram Jansen', currentVersion: 2, code: 'conflict' });
    // nothing of the refused edit landed
    expect((await loadEditionRecord(store, id)).edition.letter.closing).toBe('Wij houden uw Kamer op de hoogte.');

    expect(await listVersions(store, 'edition', id)).toEqual([
      { version: 1, at: '2026-04-01T10:00:00Z', actor: 'Anna de Vries' },
      { version: 2, at: '2026-04-01T10:03:00Z', actor: 'Bram Jansen' },
    ]);
    const diff = await storedVersionDiff(store, 'edition', id, 1, 2);
    expect(diff.changes).toEqual([
      {
        path: 'letter.closing',
        before: 'Wij informeren uw Kamer over de voortgang.',
        after: 'Wij houden uw Kamer op de hoogte.',
        words: [
          { op: 'same', text: 'Wij' },
          { op: 'removed', text: 'informeren' },
          { op: 'added', text: 'houden' },
          { op: 'same', text: 'uw Kamer' },
          { op: 'removed', text: 'over' },
          { op: 'added', text: 'op' },
          { op: 'same', text: 'de' },
          { op: 'removed', text: 'voortgang.' },
          { op: 'added', text: 'hoogte.' },
        ],
      },
    ]);

    // a response keeps its paragraphs; 0 was the expected version of a response that did not exist
    const response = (await loadEditionRecord(store, id)).responses[0];
    expect(response?.text).toBe('Het kabinet omarmt deze aanbeveling.\n\nWij werken dit uit.');
    await expect(
      storeResponse(store, id, 1, { expectedVersion: 0, stance: 'partly', text: 'Deels.' }, at(5)),
    ).rejects.toThrow('changed by Anna de Vries at 2026-04-01T10:02:00Z');
    await storeRecommendationPatch(store, id, 1, { expectedVersion: 1, theme: 'zorgaanbod' }, at(6));
    expect(await editionVersions(store, id)).toEqual({
      edition: 2,
      recommendations: new Map([[1, 2]]),
      responses: new Map([[1, 1]]),
    });
    await expect(storeEditionPatch(store, id, 2, { letter: { opening: '' } }, at(7))).rejects.toThrow('letter.opening');
    await expect(storeEditionPatch(store, id, 2, { letter: { openingg: 'x' } }, at(7))).rejects.toThrow(
      'letter has no field openingg',
    );
  });
});

describe('the response from draft to Parliament', () => {
  it('signs per department on the text, voids on change, approves by the minister’s office, sends with decided redactions, and freezes what was sent', async () => {
    await draftWithOneResponse();
    await storeEditionPatch(
      store,
      id,
      1,
      { nota: { toelichting: ['Anna de Vries heeft de monitor geanalyseerd.'] } },
      at(3),
    );
    await step(
      { kind: 'start-coordination', parties: [{ department: 'JenV' }, { department: 'VWS' }, { department: 'OCW' }] },
      officer('JenV'),
    );

    const foreign = await errorOf(step({ kind: 'sign-off', department: 'VWS' }, officer('JenV')));
    expect(foreign).toMatchObject({ code: 'forbidden' });
    expect(foreign.message).toContain(
      'You are an officer of JenV; a sign-off for VWS must come from an officer of VWS',
    );

    for (const d of ['JenV', 'VWS', 'OCW']) await step({ kind: 'sign-off' }, officer(d), at(31, `Officier ${d}`));
    // a change of text while in coordination is allowed, and voids every sign-off
    const edited = await loadEditionRecord(store, id);
    await storeResponse(store, id, 1, { expectedVersion: 1, stance: 'partly', text: 'Deels overgenomen.' }, at(32));
    const workspace = async (authority: WorkflowAuthority) => {
      const record = await loadEditionRecord(store, id);
      return editionWorkspace({
        record,
        versions: await editionVersions(store, id),
        redactions: redactionState(record, people, await loadRedactionDecisions(store, id)),
        authority,
      });
    };
    const voided = await workspace(officer('JenV'));
    expect(voided.workflow.coordination.map((p) => [p.department, p.decision, p.signedBy])).toEqual([
      ['JenV', 'voided', 'Officier JenV'],
      ['VWS', 'voided', 'Officier VWS'],
      ['OCW', 'voided', 'Officier OCW'],
    ]);
    expect(voided.allowedSteps).toEqual(['sign-off', 'comment', 'return-to-draft']);
    expect(edited.responses[0]?.stance).toBe('embraced');
    await expect(step({ kind: 'submit-memo' }, officer('JenV'))).rejects.toThrow('VWS (voided');
    for (const d of ['JenV', 'VWS', 'OCW']) await step({ kind: 'sign-off' }, officer(d), at(33, `Officier ${d}`));
    expect((await workspace(officer('JenV'))).allowedSteps).toContain('submit-memo');
    await step({ kind: 'submit-memo' }, officer('JenV'));

    // texts are closed while the minister's office decides
    await expect(
      storeResponse(store, id, 1, { expectedVersion: 2, stance: 'embraced', text: 'Toch omarmd.' }, at(34)),
    ).rejects.toThrow('reject the memo (back to draft) first');
    await expect(step({ kind: 'approve' }, officer('JenV'))).rejects.toMatchObject({ code: 'forbidden' });
    await step({ kind: 'approve' }, cabinet, at(35, 'Kabinet JenV'));

    // the nota names a civil servant: sending waits for a decision on each proposal
    const proposals = (await workspace(officer('JenV'))).redactions;
    const anna = proposals.find((p) => p.text === 'Anna de Vries');
    expect(anna).toMatchObject({ ground: '5.1.2e' });
    expect((await workspace(officer('JenV'))).allowedSteps).toEqual(['return-to-draft']);
    const refused = await errorOf(step({ kind: 'send', date: '2026-04-02' }, officer('JenV')));
    expect(refused.message).toContain('proposed redaction(s) have no decision yet');
    for (const p of proposals)
      await storeRedactionDecision(store, id, p.id, { decision: p.ground ? 'redact' : 'keep' }, at(36), people);
    const sent = await step({ kind: 'send', date: '2026-04-02' }, officer('JenV'));
    expect(sent.state).toBe('sent-to-parliament');
    expect(sent.sentRecord?.redactions).toContainEqual({ text: 'Anna de Vries', ground: '5.1.2e' });
    expect(sent.sentRecord?.edition.letter.date).toBe('2026-04-02');

    // after sending: texts frozen for good, decisions final
    await expect(storeEditionPatch(store, id, 2, { title: 'Anders' }, at(40))).rejects.toThrow(
      'was sent to Parliament on 2026-04-02 and is final',
    );
    await expect(
      storeRedactionDecision(store, id, anna?.id ?? '', { decision: 'keep' }, at(41), people),
    ).rejects.toThrow('its public versions are final');

    // a commitment recorded later never reaches what was sent
    const before = publicRecord(await loadEditionRecord(store, id));
    const pageBefore = editionOverview(await loadEditionRecord(store, id), '2026-05-01');
    await storeNewCommitment(
      store,
      {
        editionId: id,
        recommendationNumber: 1,
        what: 'Een extra brief sturen',
        who: 'Minister van Justitie en Veiligheid',
        ministry: 'Justitie en Veiligheid',
        when: '2026-12-01',
        madeOn: '2026-04-20',
      },
      at(50),
      () => 'late-1',
    );
    const after = await loadEditionRecord(store, id);
    expect(after.commitments.map((c) => c.id)).toEqual(['late-1']);
    expect(publicRecord(after)).toEqual(before);
    expect(publicRecord(after)?.commitments).toEqual([]);
    expect(editionOverview(after, '2026-05-01')).toEqual(pageBefore);
    expect(pageBefore).toMatchObject({ embargo: false, responseState: 'sent-to-parliament', sentOn: '2026-04-02' });
    expect(pageBefore.recommendations[0]).toMatchObject({ stance: 'partly', response: 'Deels overgenomen.' });

    await step({ kind: 'publish', kamerstuk: 'Kamerstukken II 2025/26, 31 015, nr. 301' }, officer('JenV'));
    const published = publicRecord(await loadEditionRecord(store, id));
    expect(published?.edition.letter.kamerstuk).toBe('Kamerstukken II 2025/26, 31 015, nr. 301');
  });

  it('refuses to edit or sign an edition that does not exist, and a second edition with the same id', async () => {
    await draftWithOneResponse();
    await expect(
      storeNewEdition(store, { id, title: 'Dubbel', yearFrom: 2024, yearTo: 2028, leadDepartment: 'JenV' }, at(9)),
    ).rejects.toThrow('exists already');
    await expect(storeEditionPatch(store, 'nope', 0, { title: 'x' }, at(9))).rejects.toThrow('No edition "nope"');
    await expect(
      storeResponse(store, id, 7, { expectedVersion: 0, stance: 'embraced', text: 'x' }, at(9)),
    ).rejects.toThrow('has no recommendation 7; its recommendations: 1');
  });
});
