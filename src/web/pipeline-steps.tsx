import { useId } from 'react';
import { useLocale } from './i18n/index.ts';
import type { MonitorSummary } from '../contract/monitor-summary.ts';

/** How the numbers were made: the pipeline's stages in order, each with what it does and how long it took. */
export function PipelineSteps({ pipeline }: { pipeline: MonitorSummary['pipeline'] }) {
  const { t, format } = useLocale();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.pipelineHeading}</h2>
      <p>{t.pipelineIntro}</p>
      <ol className="pipeline-steps">
        {pipeline.map((step, i) => {
          // The stage's log line is English and technical: readers get the stage in words instead.
          const stage = t.pipelineStages[step.stage];
          return (
            <li key={step.stage}>
              <span className="pipeline-stage">{stage?.name ?? t.pipelineUnknownStage(String(i + 1))}</span>{' '}
              <span className="pipeline-duration">({t.pipelineDuration(format.duration(step.durationMs))})</span>
              {stage && <p>{stage.text}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
