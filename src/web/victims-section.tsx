import { useId } from 'react';
import { useLocale } from './i18n/index.ts';
import type { MonitorSummary } from '../contract/monitor-summary.ts';
import { VictimsBySourceChart } from './victims-by-source-chart.tsx';

export function VictimsSection({ summary }: { summary: MonitorSummary }) {
  const { t } = useLocale();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.victimsHeading}</h2>
      <p>{t.victimsIntro}</p>
      <VictimsBySourceChart summary={summary} />
    </section>
  );
}
