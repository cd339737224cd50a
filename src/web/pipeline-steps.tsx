import { useId } from 'react';
import { useLocale } from './i18n/index.ts';
import type { MonitorSummary } from '../contract/monitor-summary.ts';

/** How the numbers were made: the pipeline's stages in order, each with what it did. */
export function PipelineSteps({ pipeline }: { pipeline: MonitorSummary['pipeline'] }) {
  const { t, format } = useLocale();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.pipelineHeading}</h2>
      <p>{t.pipelineIntro}</p>
      <ol className="pipeline-steps">
        {pipeline.map((step) => (
          <li key={step.stage}>
            <span className="pipeline-stage">{step.stage}</span>{' '}
            <span className="pipeline-duration">({t.pipelineDuration(format.duration(step.durationMs))})</span>
            <p>{step.summary}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
