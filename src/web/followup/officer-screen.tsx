import { useEffect, useState } from 'react';
import { CommitmentsTable } from './commitments-table.tsx';
import { DigestPanel } from './digest-panel.tsx';
import { followupApi } from './followup-api.ts';
import { FollowupLayout } from './followup-layout.tsx';
import { RecordCommitmentForm } from './record-commitment-form.tsx';
import { useLoaded } from './use-loaded.ts';

const load = async () => {
  const [editions, commitments, digest] = await Promise.all([followupApi.editions(), followupApi.commitments(), followupApi.digest()]);
  return { editions, commitments, digest };
};

/**
 * The policy officer's screen: record a commitment, mark one met with evidence, and see the digest.
 * Until authentication lands the officer types a name, which goes into the history of each change.
 */
export function OfficerScreen() {
  const { state, reload } = useLoaded(load, 'officer');
  const [actor, setActor] = useState('');
  useEffect(() => {
    document.title = 'Zicht — toezeggingen volgen';
  }, []);
  return (
    <FollowupLayout tagline="toezeggingen aan de Tweede Kamer volgen" internal>
      <h1>Toezeggingen volgen</h1>
      <p className="intro">Leg toezeggingen vast, markeer ze als nagekomen met bewijs, en zie per ministerie wat te laat is.</p>
      <label className="actor-field">
        Uw naam (vastgelegd bij elke wijziging)
        <input value={actor} onChange={(e) => setActor(e.target.value)} autoComplete="name" />
      </label>
      {state.status === 'loading' && <p className="load-status">Laden…</p>}
      {state.status === 'error' && (
        <div className="load-error" role="alert">
          <p className="load-error-title">De toezeggingen konden niet worden geladen.</p>
          <p className="load-error-detail">{state.detail}</p>
          <button type="button" onClick={reload}>
            Opnieuw proberen
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          <RecordCommitmentForm editions={state.value.editions} actor={actor.trim()} onRecorded={reload} />
          <CommitmentsTable commitments={state.value.commitments} actor={actor.trim()} onChanged={reload} />
          <DigestPanel digest={state.value.digest} />
          <section aria-labelledby="public-pages">
            <h2 id="public-pages">Openbare pagina’s per monitor</h2>
            <ul>
              {state.value.editions.map((e) => (
                <li key={e.id}>
                  <a href={`/opvolging/editie/${e.id}`}>{e.title}</a>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </FollowupLayout>
  );
}
