import { useState } from 'react';
import { useLocale } from '../i18n/index.ts';
import { around, fieldLabel, textAt } from './field-label.ts';
import { FormMessage, type Outcome } from './form-message.tsx';
import { useOfficerTexts } from './officer-texts.ts';
import { decisionOf, type RedactionProposal, type WooGround, type Workspace, workspaceApi } from './workspace-api.ts';
import { useWorkspace } from './workspace-context.ts';

const grounds: readonly WooGround[] = ['5.1.2e', '5.2'];

/** The record as the proposals' field paths name it: edition fields at the top, then the lists. */
const recordOf = (w: Workspace) => ({
  ...w.edition,
  recommendations: w.recommendations,
  responses: w.responses,
  commitments: w.commitments,
  workflow: w.workflow,
});

function Proposal({ p, n, onDecided }: { p: RedactionProposal; n: number; onDecided: (outcome: Outcome) => void }) {
  const t = useOfficerTexts();
  const { format } = useLocale();
  const { workspace, editionId, refresh } = useWorkspace();
  const decided = decisionOf(p);
  const [ground, setGround] = useState<WooGround>(decided?.ground ?? p.ground ?? '5.1.2e');
  const source = p.context ?? textAt(recordOf(workspace), p.field);
  const context = source ? around(source, p.text) : null;
  const id = `proposal-${p.id}`;
  const groundName = (g: WooGround | null) => (g ? (t.woo.grounds[g] ?? g) : t.woo.noGround);
  async function decide(decision: 'redact' | 'keep') {
    try {
      await workspaceApi.decideRedaction(editionId, p.id, decision, decision === 'redact' ? ground : null);
      await refresh();
      onDecided({ kind: 'ok', text: decision === 'redact' ? t.woo.decidedRedact(p.text) : t.woo.decidedKeep(p.text) });
    } catch (error) {
      onDecided({ kind: 'error', lead: t.common.refused, error });
    }
  }
  return (
    <li
      className={`redaction-proposal decision-${decided?.decision ?? 'none'}`}
      data-proposal-id={p.id}
      aria-labelledby={id}
    >
      <h3 id={id}>
        {t.woo.proposal(n)} <q lang="nl">{p.text}</q>
      </h3>
      <dl className="proposal-facts" id={`${id}-facts`}>
        <dt>{t.woo.field}</dt>
        <dd>{fieldLabel(p.field, t)}</dd>
        <dt>{t.woo.context}</dt>
        <dd lang="nl">
          {context ? (
            <>
              {context.before}
              <mark>{context.match}</mark>
              {context.after}
            </>
          ) : (
            <mark>{p.text}</mark>
          )}
        </dd>
        <dt>{t.woo.proposedGround}</dt>
        <dd>{groundName(p.ground)}</dd>
        <dt>{t.woo.reason}</dt>
        {/* the detectors give their reasons in Dutch */}
        <dd lang="nl">{p.reason}</dd>
      </dl>
      <p className="proposal-decision">
        <strong>
          {!decided
            ? t.woo.undecided
            : decided.decision === 'redact'
              ? t.woo.redacted(groundName(decided.ground))
              : t.woo.kept}
        </strong>
        {decided && p.decidedBy && ` ${t.woo.decidedBy(p.decidedBy, p.decidedAt ? format.dateTime(p.decidedAt) : '')}`}
      </p>
      <div className="proposal-actions">
        <label>
          {t.woo.ground}
          <select value={ground} onChange={(e) => setGround(e.target.value as WooGround)} aria-describedby={id}>
            {grounds.map((g) => (
              <option key={g} value={g}>
                {groundName(g)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => decide('redact')} aria-describedby={id}>
          {t.woo.redact}
        </button>
        <button type="button" className="secondary" onClick={() => decide('keep')} aria-describedby={id}>
          {t.woo.keep}
        </button>
      </div>
    </li>
  );
}

/**
 * Every proposed redaction with the text around it, where it stands, the proposed ground and why;
 * the officer redacts (on a ground) or keeps each. Sending waits until every one is decided.
 */
export function RedactionsPanel() {
  const t = useOfficerTexts();
  const { workspace } = useWorkspace();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const proposals = workspace.redactions;
  const done = proposals.filter((p) => decisionOf(p) !== null).length;
  return (
    <>
      <h2>{t.woo.heading}</h2>
      <p>{t.woo.intro}</p>
      {proposals.length === 0 ? (
        <p>{t.woo.none}</p>
      ) : (
        <p className={done < proposals.length ? 'woo-progress pending' : 'woo-progress'}>
          <strong>{t.woo.progress(done, proposals.length)}</strong>{' '}
          {done < proposals.length ? t.woo.sendBlocked : t.woo.allDone}
        </p>
      )}
      <FormMessage outcome={outcome} />
      <ol className="redaction-proposals">
        {proposals.map((p, i) => (
          <Proposal key={p.id} p={p} n={i + 1} onDecided={setOutcome} />
        ))}
      </ol>
    </>
  );
}
