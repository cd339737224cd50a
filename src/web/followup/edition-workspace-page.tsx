import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Principal } from '../../access/roles.ts';
import { useLocale } from '../i18n/index.ts';
import { CoordinationPanel } from './coordination-panel.tsx';
import { departmentName } from './department-names.ts';
import { DocumentsPanel } from './documents-panel.tsx';
import { DutchText } from './dutch-text.tsx';
import { ErrorDetail } from './error-detail.tsx';
import { FollowupApiError } from './followup-api.ts';
import { LetterEditor } from './letter-editor.tsx';
import { NotaEditor } from './nota-editor.tsx';
import { useOfficerTexts } from './officer-texts.ts';
import { RecommendationsEditor } from './recommendations-editor.tsx';
import { RedactionsPanel } from './redactions-panel.tsx';
import { useFollowupLocale } from './use-followup-locale.ts';
import type { Loaded } from './use-loaded.ts';
import { VersionsPanel } from './versions-panel.tsx';
import { WorkflowProgress } from './workflow-progress.tsx';
import { type Workspace, workspaceApi } from './workspace-api.ts';
import { WorkspaceContext, type WorkspaceSession } from './workspace-context.ts';
import { type Tab, WorkspaceTabs } from './workspace-tabs.tsx';

const beforeApproval = ['draft', 'coordination', 'memo-for-decision'];

function WorkspaceBody({ session }: { session: WorkspaceSession }) {
  const t = useOfficerTexts();
  const { href } = useFollowupLocale();
  const { language } = useLocale();
  const { workspace, user, editionId } = session;
  const state = workspace.workflow?.state ?? 'draft';
  const concept = beforeApproval.includes(state);
  const tabs: Tab[] = useMemo(
    () => [
      { id: 'brief', label: t.workspace.tabs.brief, panel: <LetterEditor /> },
      { id: 'nota', label: t.workspace.tabs.nota, panel: <NotaEditor /> },
      { id: 'aanbevelingen', label: t.workspace.tabs.aanbevelingen, panel: <RecommendationsEditor /> },
      { id: 'afstemming', label: t.workspace.tabs.afstemming, panel: <CoordinationPanel /> },
      { id: 'woo', label: t.workspace.tabs.woo, panel: <RedactionsPanel /> },
      { id: 'versies', label: t.workspace.tabs.versies, panel: <VersionsPanel /> },
      { id: 'documenten', label: t.workspace.tabs.documenten, panel: <DocumentsPanel /> },
    ],
    [t],
  );
  return (
    <WorkspaceContext value={session}>
      <p className="breadcrumb">
        <a href={href('/opvolging')}>{t.workspace.back}</a>
        {' · '}
        <a href={href(`/opvolging/editie/${encodeURIComponent(editionId)}`)}>{t.workspace.publicPage}</a>
      </p>
      <h1>
        {t.workspace.heading} <DutchText>{workspace.edition.title}</DutchText>
        {concept && (
          <>
            {' '}
            <span className="concept-badge">{t.workspace.concept}</span>
          </>
        )}
      </h1>
      {concept && <p className="concept-note">{t.workspace.conceptExplained}</p>}
      <WorkflowProgress state={state} />
      <p className="signed-in-as">
        {t.workspace.signedInAs(
          user.name,
          t.roles[user.role] ?? user.role,
          user.organisation ? departmentName(user.organisation, language) : null,
        )}
      </p>
      <WorkspaceTabs tabs={tabs} label={t.workspace.tabsLabel} />
    </WorkspaceContext>
  );
}

/**
 * The workspace of one edition's response: letter, nota, recommendations and responses, the
 * coordination and decision, Woo redaction, versions and documents, for the signed-in officer.
 */
export function EditionWorkspacePage({ editionId, user }: { editionId: string; user: Principal }) {
  const t = useOfficerTexts();
  const { t: followup, href } = useFollowupLocale();
  const [state, setState] = useState<Loaded<Workspace | null>>({ status: 'loading' });
  const load = useCallback(async () => {
    try {
      const workspace = await workspaceApi.load(editionId);
      setState({ status: 'ready', value: workspace });
      return workspace;
    } catch (error) {
      if (error instanceof FollowupApiError && error.status === 404) setState({ status: 'ready', value: null });
      else setState({ status: 'error', detail: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }, [editionId]);
  useEffect(() => {
    load().catch(() => {});
  }, [load]);
  const session = useMemo<WorkspaceSession | null>(
    () =>
      state.status === 'ready' && state.value
        ? {
            editionId,
            workspace: state.value,
            user,
            refresh: load,
            replace: (workspace) => setState({ status: 'ready', value: workspace }),
          }
        : null,
    [state, editionId, user, load],
  );
  if (state.status === 'loading') return <p className="load-status">{followup.loading}</p>;
  if (state.status === 'error')
    return (
      <div className="load-error" role="alert">
        <p className="load-error-title">{t.workspace.loadFailed(editionId)}</p>
        <p className="load-error-detail">
          <ErrorDetail detail={state.detail} />
        </p>
      </div>
    );
  if (!session)
    return (
      <>
        <h1>{followup.editionNotFoundTitle}</h1>
        <p className="intro">{t.workspace.notFound(editionId)}</p>
        <p>
          <a href={href('/opvolging')}>{t.workspace.back}</a>
        </p>
      </>
    );
  return <WorkspaceBody session={session} />;
}
