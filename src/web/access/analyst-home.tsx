import { useState } from 'react';
import type { ReviewPairView } from '../../linkage/index.ts';
import { type Language, searchWithLanguage } from '../i18n/index.ts';
import { useLoaded } from '../followup/use-loaded.ts';
import { accessApi } from './access-api.ts';
import { accessTexts } from './access-texts.ts';
import { analystPaths } from './analyst-nav.tsx';
import { analystTexts } from './analyst-texts.ts';

type Estimate = { output: { total: number; lower: number; upper: number; model: string } | null };
const key = (p: ReviewPairView) => `${p.left.source}/${p.left.personId}~${p.right.source}/${p.right.personId}`;
/** Each field's share of the match weight, strongest first, as the reviewer reads it. */
const fieldContributions = (p: ReviewPairView): [string, number][] =>
  Object.entries((p.contributions ?? {}) as Record<string, number>)
    .filter(([, bits]) => typeof bits === 'number' && bits !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));

/** The analyst's first page: the linkage review queue with accept/reject, and the latest estimate in one line. */
export function AnalystHome({ language }: { language: Language }) {
  const t = accessTexts[language].analyst;
  const queue = useLoaded(() => accessApi.get<ReviewPairView[]>('/api/linkage/review?limit=25'), 'queue');
  const estimate = useLoaded(() => accessApi.get<Estimate>('/api/estimates'), 'estimate');
  const [decided, setDecided] = useState<Record<string, 'accept' | 'reject'>>({});
  const [error, setError] = useState<string | null>(null);
  const number = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB');
  async function decide(pair: ReviewPairView, decision: 'accept' | 'reject') {
    try {
      await accessApi.post('/api/linkage/review', { left: pair.left, right: pair.right, decision });
      setDecided((d) => ({ ...d, [key(pair)]: decision }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <>
      <h1>{t.title}</h1>
      <p className="intro">{t.intro}</p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {queue.state.status === 'ready' && (
        <table className="review-queue">
          <thead>
            <tr>
              <th scope="col">{t.pair}</th>
              <th scope="col">{t.probability}</th>
              <th scope="col">{t.evidence}</th>
              <th scope="col">{t.decision}</th>
            </tr>
          </thead>
          <tbody>
            {queue.state.value.map((p) => {
              const decision = decided[key(p)] ?? p.decision;
              const label = `${p.left.source} ${p.left.personId} – ${p.right.source} ${p.right.personId}`;
              return (
                <tr key={key(p)} data-pair={key(p)}>
                  <th scope="row">{label}</th>
                  <td>{number.format(Math.round(p.matchProbability * 1000) / 10)}%</td>
                  <td className="review-evidence">
                    {number.format(Math.round(p.matchWeight * 10) / 10)}:{' '}
                    {fieldContributions(p)
                      .map(
                        ([field, bits]) =>
                          `${field} ${bits > 0 ? '+' : '−'}${number.format(Math.round(Math.abs(bits) * 10) / 10)}`,
                      )
                      .join(', ')}
                  </td>
                  <td>
                    <span className="review-decision">{decision ? t.decided[decision] : t.none}</span>{' '}
                    <button type="button" onClick={() => void decide(p, 'accept')} aria-label={`${t.accept}: ${label}`}>
                      {t.accept}
                    </button>{' '}
                    <button type="button" onClick={() => void decide(p, 'reject')} aria-label={`${t.reject}: ${label}`}>
                      {t.reject}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <section aria-labelledby="estimate">
        <h2 id="estimate">{t.estimate}</h2>
        {estimate.state.status === 'ready' && estimate.state.value.output && (
          <p className="estimate-figure">
            {number.format(Math.round(estimate.state.value.output.total))} (
            {number.format(Math.round(estimate.state.value.output.lower))}–
            {number.format(Math.round(estimate.state.value.output.upper))}), {estimate.state.value.output.model}
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
