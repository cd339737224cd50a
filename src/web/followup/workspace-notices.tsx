import { useOfficerTexts } from './officer-texts.ts';
import { useWorkspace } from './workspace-context.ts';

const frozenStates = ['sent-to-parliament', 'published'];

/** Why the texts cannot be changed now, and what to do about it; nothing while they can. */
export function EditLock() {
  const t = useOfficerTexts();
  const { workspace } = useWorkspace();
  if (workspace.editable) return null;
  const state = workspace.workflow?.state ?? 'draft';
  return (
    <p className="edit-lock wide">
      {frozenStates.includes(state) ? t.workspace.frozen : t.workspace.notEditable(t.states[state] ?? state)}
    </p>
  );
}
