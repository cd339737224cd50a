import { modelFormula } from '../../contract/describe-estimation-model.ts';
import { useState } from 'react';
import { type Language, searchWithLanguage } from '../i18n/index.ts';
import { useLoaded } from '../followup/use-loaded.ts';
import { accessApi } from './access-api.ts';
import { accessTexts } from './access-texts.ts';
import { AnalystLinkageQuality } from './analyst-linkage-quality.tsx';
import { analystPaths } from './analyst-nav.tsx';
import { AnalystReviewQueue } from './analyst-review-queue.tsx';
import { analystTexts } from './analyst-texts.ts';

type Estimate = { output: { total: number; lower: number; upper: number; model: string } | null };

/**
 * The analyst's first page: the linkage's quality, the review queue with filters, paging and
 * accept/reject, and the latest estimate in one line.
 */
export function AnalystHome({ language }: { language: Language }) {
  const t = accessTexts[language].analyst;
  const estimate = useLoaded(() => accessApi.get<Estimate>('/api/estimates'), 'estimate');
  // a decision changes the queue's counts in the quality panel
  const [decisions, setDecisions] = useState(0);
  const number = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <>
      <h1>{t.title}</h1>
      <p className="intro">{t.intro}</p>
      <AnalystLinkageQuality language={language} round={decisions} />
      <AnalystReviewQueue language={language} onDecided={() => setDecisions((n) => n + 1)} />
      <section aria-labelledby="estimate">
        <h2 id="estimate">{t.estimate}</h2>
        {estimate.state.status === 'ready' && estimate.state.value.output && (
          <p className="estimate-figure">
            {number.format(Math.round(estimate.state.value.output.total))} (
            {number.format(Math.round(estimate.state.value.output.lower))}–
            {number.format(Math.round(estimate.state.value.output.upper))}),{' '}
            {modelFormula(estimate.state.value.output.model, language)}
          </p>
        )}
        <p>
          <a href={`${analystPaths.estimation}${searchWithLanguage('', language)}`}>
            {analystTexts[language].estimation.title}
          </a>
        </p>
      </section>
    </>
  );
}
