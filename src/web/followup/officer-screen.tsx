import type { Principal } from '../../access/roles.ts';
import { CommitmentsTable } from './commitments-table.tsx';
import { DigestPanel } from './digest-panel.tsx';
import { EditionsTable } from './editions-table.tsx';
import { ErrorDetail } from './error-detail.tsx';
import { followupApi } from './followup-api.ts';
import { NewEditionForm } from './new-edition-form.tsx';
import { PostsPanel } from './posts-panel.tsx';
import { RecordCommitmentForm } from './record-commitment-form.tsx';
import { ReportForm } from './report-form.tsx';
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
 * The policy officer's screen: the editions and their response (a workspace each, and a new one),
 * recording and changing commitments, the digest, the posts and the half-yearly report. The server
 * records the signed-in officer as the actor of each change.
 */
export function OfficerScreen({ officer }: { officer: Principal }) {
  const { t } = useFollowupLocale();
  const { state, reload } = useLoaded(load, 'officer');
  const actor = officer.name;
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
          <EditionsTable editions={state.value.editions} />
          {officer.role === 'officer' && <NewEditionForm defaultDepartment={officer.organisation} />}
          <RecordCommitmentForm editions={state.value.editions} actor={actor} onRecorded={reload} />
          <CommitmentsTable commitments={state.value.commitments} actor={actor} onChanged={reload} />
          <DigestPanel digest={state.value.digest} />
          <PostsPanel />
          <ReportForm />
        </>
      )}
    </>
  );
}
