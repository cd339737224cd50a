import { createContext, useContext } from 'react';
import type { Principal } from '../../access/roles.ts';
import type { Workspace } from './workspace-api.ts';

/** The loaded workspace of one edition, the signed-in user, and how to fetch it again after a change. */
export type WorkspaceSession = {
  readonly editionId: string;
  readonly workspace: Workspace;
  readonly user: Principal;
  /** Fetches the workspace again and shows it; answers what it fetched. */
  readonly refresh: () => Promise<Workspace>;
  /** Shows a workspace the server answered with (after an edit). */
  readonly replace: (workspace: Workspace) => void;
};

export const WorkspaceContext = createContext<WorkspaceSession | null>(null);

export function useWorkspace(): WorkspaceSession {
  const session = useContext(WorkspaceContext);
  if (!session) throw new Error('useWorkspace needs a WorkspaceContext (the edition workspace page).');
  return session;
}
