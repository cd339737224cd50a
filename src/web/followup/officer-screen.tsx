import { CommitmentsTable } from './commitments-table.tsx';
import { DigestPanel } from './digest-panel.tsx';
import { DutchText } from './dutch-text.tsx';
import { ErrorDetail } from './error-detail.tsx';
import { followupApi } from './followup-api.ts';
import { RecordCommitmentForm } from './record-commitment-form.tsx';
import { useFollowupLocale } from './use-followup-locale.ts';
import { useLoaded } from './use-loaded.ts';

const load = async () => {
  const [editions, commitments, digest] = await Promise.all([
    followupApi.editions(),
    followupApi.commitments(),
    followupApi.digest(),
  ]);
  return { editions, commitments, digest };
};

/**
 * The policy officer's screen: record a commitment, mark one met with evidence, and see the digest.
 * The server records the signed-in officer as the actor of each change.
 */
export function OfficerScreen({ officerName }: { officerName: string }) {
  const { t, href } = useFollowupLocale();
  const { state, reload } = useLoaded(load, 'officer');
  const actor = officerName;
  return (
    <>
      <h1>{t.officerTitle}</h1>
      <p className="intro">{t.officerIntro}</p>
      <p className="actor-field">
        {t.actorLabel}: <strong>{actor}</strong>
      </p>
      {state.status === 'loading' && <p className="load-status">{t.loading}</p>}
      {state.status === 'error' && (
        <div className="load-error" role="alert">
          <p className="load-error-title">{t.officerLoadFailed}</p>
          <p className="load-error-detail">
            <ErrorDetail detail={state.detail} />
          </p>
          <button type="button" onClick={reload}>
            {t.retry}
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          <RecordCommitmentForm editions={state.value.editions} actor={actor} onRecorded={reload} />
          <CommitmentsTable commitments={state.value.commitments} actor={actor} onChanged={reload} />
          <DigestPanel digest={state.value.digest} />
          <section aria-labelledby="public-pages">
            <h2 id="public-pages">{t.publicPagesHeading}</h2>
            <ul>
              {state.value.editions.map((e) => (
                <li key={e.id}>
                  <a href={href(`/opvolging/editie/${encodeURIComponent(e.id)}`)}>
                    <DutchText>{e.title}</DutchText>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
