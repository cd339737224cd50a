import { useEffect } from 'react';
import { dutchDate, type EditionOverview, type PublicCommitment, type RecurringTheme, stanceLabels, statusLabels } from '../../followup/public-types.ts';
import { followupApi } from './followup-api.ts';
import { FollowupLayout, StatusBadge } from './followup-layout.tsx';
import { useLoaded } from './use-loaded.ts';

const stateLabels: Record<string, string> = {
  draft: 'in voorbereiding',
  coordination: 'in afstemming tussen departementen',
  'memo-for-decision': 'ter besluitvorming bij de bewindspersoon',
  approved: 'vastgesteld, nog niet verzonden',
  'sent-to-parliament': 'verzonden aan de Tweede Kamer',
  published: 'gepubliceerd',
};

function CommitmentItem({ c }: { c: PublicCommitment }) {
  return (
    <li className="commitment" data-commitment-id={c.id}>
      <p className="commitment-what">
        <StatusBadge status={c.status} label={statusLabels[c.status].nl} /> {c.what}
      </p>
      <p className="commitment-meta">
        {c.who}
        {' · '}
        {c.phrase ? `“${c.phrase}” — ` : ''}
        {c.due ? `uiterlijk ${dutchDate(c.due)}` : 'geen datum'}
      </p>
      {c.evidence && <p className="commitment-evidence">Nagekomen met: {c.evidence}</p>}
      {c.references.length > 0 && <p className="commitment-meta">Vindplaats: {c.references.join('; ')}</p>}
    </li>
  );
}

function Recurring({ themes, editionId }: { themes: readonly RecurringTheme[]; editionId: string }) {
  const relevant = themes.filter((t) => t.editions.some((e) => e.editionId === editionId));
  if (relevant.length === 0) return null;
  return (
    <section aria-labelledby="recurring">
      <h2 id="recurring">Terugkerende aanbevelingen</h2>
      <p>Thema’s waarop de Nationaal Rapporteur in meer dan één monitor een aanbeveling deed.</p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Aanbevelingen per thema en monitor</caption>
          <thead>
            <tr>
              <th scope="col">Thema</th>
              <th scope="col">Monitor: aanbeveling (standpunt)</th>
            </tr>
          </thead>
          <tbody>
            {relevant.map((t) => (
              <tr key={t.theme}>
                <th scope="row">{t.theme.replaceAll('-', ' ')}</th>
                <td>
                  {t.editions
                    .map((e) => `${e.editionId}: ${e.numbers.map((n, i) => `${n} (${e.stances[i] ? stanceLabels[e.stances[i]].nl : 'nog geen standpunt'})`).join(', ')}`)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function EditionBody({ o, themes }: { o: EditionOverview; themes: readonly RecurringTheme[] }) {
  const total = Object.values(o.counts).reduce((a, b) => a + b, 0);
  return (
    <>
      <h1>Opvolging: {o.title}</h1>
      <p className="intro">
        Beleidsreactie: {o.responseState ? stateLabels[o.responseState] : 'nog niet gestart'}
        {o.kamerstuk ? ` (${o.kamerstuk})` : ''}. Stand op {dutchDate(o.today)}: {total} toezeggingen, waarvan {o.counts.met} nagekomen,{' '}
        {o.counts['partly-met']} deels, {o.counts.open} open, {o.counts.overdue} te laat en {o.counts.withdrawn} ingetrokken.
      </p>
      <section aria-labelledby="recommendations">
        <h2 id="recommendations">Aanbevelingen en toezeggingen</h2>
        {o.recommendations.map((r) => (
          <article key={r.number} className="recommendation" aria-labelledby={`rec-${r.number}`}>
            <h3 id={`rec-${r.number}`}>Aanbeveling {r.number}</h3>
            <p>{r.text}</p>
            <p className="commitment-meta">Gericht aan: {r.addressees.join(', ')}</p>
            <p>
              <strong>Standpunt kabinet:</strong> {r.stance ? stanceLabels[r.stance].nl : 'nog geen standpunt'}
              {r.response ? ` — ${r.response}` : ''}
            </p>
            {r.commitments.length > 0 ? (
              <ul className="commitments">
                {r.commitments.map((c) => (
                  <CommitmentItem key={c.id} c={c} />
                ))}
              </ul>
            ) : (
              <p className="commitment-meta">Geen toezeggingen bij deze aanbeveling.</p>
            )}
          </article>
        ))}
        {o.general.length > 0 && (
          <article className="recommendation" aria-labelledby="general">
            <h3 id="general">Toezeggingen in de algemene reactie</h3>
            <ul className="commitments">
              {o.general.map((c) => (
                <CommitmentItem key={c.id} c={c} />
              ))}
            </ul>
          </article>
        )}
      </section>
      <Recurring themes={themes} editionId={o.id} />
    </>
  );
}

/** The public page of one edition: every recommendation, the cabinet's stance, its commitments' state. */
export function PublicEditionPage({ editionId }: { editionId: string }) {
  const { state } = useLoaded(async () => ({ overview: await followupApi.edition(editionId), themes: await followupApi.compare() }), editionId);
  useEffect(() => {
    document.title = `Zicht — opvolging monitor ${editionId}`;
  }, [editionId]);
  return (
    <FollowupLayout tagline="opvolging van de aanbevelingen">
      {state.status === 'loading' && <p className="load-status">Laden…</p>}
      {state.status === 'error' && (
        <div className="load-error" role="alert">
          <p className="load-error-title">De opvolging van monitor {editionId} kon niet worden geladen.</p>
          <p className="load-error-detail">{state.detail}</p>
        </div>
      )}
      {state.status === 'ready' && <EditionBody o={state.value.overview} themes={state.value.themes} />}
    </FollowupLayout>
  );
}
