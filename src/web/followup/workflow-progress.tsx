import { useOfficerTexts } from './officer-texts.ts';

const order = ['draft', 'coordination', 'memo-for-decision', 'approved', 'sent-to-parliament', 'published'];

/**
 * Where the response stands, as a row of steps: done ones ticked, the current one marked (and
 * `aria-current="step"`), later ones plain. Each step says in words whether it is done, so colour
 * is never the only sign.
 */
export function WorkflowProgress({ state }: { state: string }) {
  const t = useOfficerTexts();
  const current = Math.max(0, order.indexOf(state));
  return (
    <ol className="workflow-progress" aria-label={t.workspace.progressLabel}>
      {order.map((s, i) => {
        const status = i < current ? 'done' : i === current ? 'current' : 'todo';
        return (
          <li key={s} className={`progress-${status}`} aria-current={status === 'current' ? 'step' : undefined}>
            <span className="progress-marker" aria-hidden="true">
              {status === 'done' ? '✓' : i + 1}
            </span>
            <span className="progress-label">{t.states[s]}</span>
            <span className="visually-hidden">
              {' '}
              (
              {status === 'done'
                ? t.workspace.stepDone
                : status === 'current'
                  ? t.workspace.stepCurrent
                  : t.workspace.stepTodo}
              )
            </span>
          </li>
        );
      })}
    </ol>
  );
}
