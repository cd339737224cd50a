import { describe, expect, it } from 'vitest';
import { openStore } from '../store/index.ts';
import { buildDemoData } from './build-demo-data.ts';
import { commitmentDigest, renderDigestText } from './commitments/commitment-digest.ts';
import { compareEditions, editionOverview } from './edition-overview.ts';
import { editionRecord } from './followup-data.ts';
import { loadFollowupData, replaceFollowupData, storeCommitmentStatus, storeNewCommitment } from './followup-store.ts';
import { storeWorkflowStep } from './workflow/workflow-store.ts';

const officer = (at: string) => ({ actor: { name: 'Beleidsmedewerker Test' }, at });

describe('follow-up tracker in the store', () => {
  it('seeds the demo, records and meets a commitment, keeps every change in history, and derives overdue', async () => {
    const store = await openStore(':memory:');
    try {
      await replaceFollowupData(store, buildDemoData());
      expect(await loadFollowupData(store)).toEqual(buildDemoData());

      const c = await storeNewCommitment(
        store,
        {
          editionId: '2020-2024',
          recommendationNumber: 4,
          what: 'NIFP-cijfers sturen',
          who: 'Staatssecretaris van Justitie en Veiligheid',
          ministry: 'Justitie en Veiligheid',
          when: 'voor de zomer',
          madeOn: '2026-03-19',
        },
        officer('2026-03-20T10:00:00Z'),
        () => 'new-1',
      );
      expect(c.promised).toEqual({ phrase: 'voor de zomer', due: '2026-07-02', derived: true });
      await expect(
        storeCommitmentStatus(store, 'new-1', { status: 'met' }, officer('2026-05-01T10:00:00Z')),
      ).rejects.toThrow('give the evidence');
      await storeCommitmentStatus(
        store,
        'new-1',
        { status: 'met', evidence: 'Kamerbrief 1 mei 2026' },
        officer('2026-05-01T10:00:00Z'),
      );

      const data = await loadFollowupData(store);
      const trail = data.history.filter((h) => h.entityId === 'new-1');
      expect(trail.map((h) => [h.action, h.actor, h.at])).toEqual([
        ['recorded', 'Beleidsmedewerker Test', '2026-03-20T10:00:00Z'],
        ['status met', 'Beleidsmedewerker Test', '2026-05-01T10:00:00Z'],
      ]);

      // the 2020–2024 response waits for the minister: its public page shows the recommendations only
      const overview = editionOverview(editionRecord(data, '2020-2024') ?? expect.unreachable(), '2026-07-01');
      expect(overview.embargo).toBe(true);
      expect(overview.responseState).toBeNull();
      expect(overview.recommendations.map((r) => r.stance)).toEqual([null, null, null, null, null]);
      expect(overview.recommendations.flatMap((r) => [r.response, ...r.commitments])).toEqual(Array(5).fill(null));
      expect(overview.counts.met).toBe(0);
      expect(data.commitments.find((c) => c.id === 'new-1')).toMatchObject({
        status: 'met',
        evidence: 'Kamerbrief 1 mei 2026',
      });

      const digest = commitmentDigest(data.commitments, '2025-01-15');
      const ocw = digest.ministries.find((m) => m.ministry === 'Onderwijs, Cultuur en Wetenschap');
      expect(ocw?.overdue.map((i) => i.id)).toEqual(['2018-2022-T3', '2018-2022-T4']);
      expect(renderDigestText(digest, 'Onderwijs, Cultuur en Wetenschap')).toContain(
        'due 2024-09-30 ("na de zomer"), 107 days overdue',
      );

      const asOfficer = { authority: { kind: 'user', role: 'officer', department: 'JenV' }, knownPeople: [] } as const;
      const asCabinet = {
        authority: { kind: 'user', role: 'minister-office', department: 'JenV' },
        knownPeople: [],
      } as const;
      await expect(
        storeWorkflowStep(
          store,
          '2020-2024',
          { kind: 'publish', kamerstuk: 'x' },
          officer('2026-03-21T00:00:00Z'),
          asOfficer,
        ),
      ).rejects.toThrow('it is memo for decision (allowed now: approve, reject)');
      await expect(
        storeWorkflowStep(store, '2020-2024', { kind: 'approve' }, officer('2026-03-21T00:00:00Z'), asOfficer),
      ).rejects.toThrow("Only the minister's office of JenV, the lead department, may approve the memo");
      // the commitment recorded above changed the letter after the memo went up: it needs coordinating again
      await expect(
        storeWorkflowStep(store, '2020-2024', { kind: 'approve' }, officer('2026-03-21T00:00:00Z'), asCabinet),
      ).rejects.toThrow('its text changed after the memo was submitted');
      const rejected = await storeWorkflowStep(
        store,
        '2020-2024',
        { kind: 'reject', reason: 'Nieuwe toezegging eerst afstemmen' },
        officer('2026-03-21T00:00:00Z'),
        asCabinet,
      );
      expect(rejected.state).toBe('draft');
      expect((await loadFollowupData(store)).history.at(-1)).toMatchObject({
        entity: 'workflow',
        action: 'reject',
        detail: { from: 'memo-for-decision', to: 'draft' },
      });
    } finally {
      store.close();
    }
  });

  it('finds recommendations that recur across editions', () => {
    const themes = compareEditions(buildDemoData());
    expect(themes.map((t) => t.theme)).toEqual(['onderwijs-en-vorming', 'regie-en-samenwerking']);
    expect(themes[1]?.editions).toEqual([
      { editionId: '2018-2022', numbers: [4, 5], stances: ['partly', 'embraced'] },
      // not sent to Parliament yet: its stance is not public
      { editionId: '2020-2024', numbers: [5], stances: [null] },
    ]);
  });
});
