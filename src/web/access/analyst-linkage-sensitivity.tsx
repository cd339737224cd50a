import { useId } from 'react';
import type { HiddenVictimsEstimate } from '../../pipeline/index.ts';
import { DataTable } from '../data-table.tsx';
import { type Language, useLocale } from '../i18n/index.ts';
import { analystTexts } from './analyst-texts.ts';

/**
 * The period's estimate with the linkage as chosen beside the same estimate at the two extremes of
 * its review band (every uncertain pair two children, or one): a sentence with the three figures,
 * then the table with registered children, estimate and interval, downloadable.
 */
export function AnalystLinkageSensitivity({
  estimate,
  language,
  period,
}: {
  estimate: HiddenVictimsEstimate;
  language: Language;
  period: string;
}) {
  const t = analystTexts[language].estimation.linkage;
  const all = analystTexts[language].estimation;
  const { format } = useLocale();
  const headingId = useId();
  const extremes = estimate.linkageSensitivity ?? [];
  const figure = (e: { total: number; lower: number; upper: number }) =>
    `${format.count(Math.round(e.total))} (95% ${format.count(Math.round(e.lower))}–${format.count(Math.round(e.upper))})`;
  // an extreme whose estimate falls outside the published interval: the linkage matters more than sampling
  const outside = extremes.flatMap((e) =>
    e.status === 'ok' && (e.total < estimate.lower || e.total > estimate.upper) ? [`‘${t.variants[e.linkage]}’`] : [],
  );
  const text = (linkage: 'review-apart' | 'review-together') => {
    const e = extremes.find((x) => x.linkage === linkage);
    return !e ? '—' : e.status === 'ok' ? figure(e) : t.notEstimable;
  };
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      {extremes.length === 0 ? (
        <p>{t.missing}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <p>
            {t.summary({ chosen: figure(estimate), apart: text('review-apart'), together: text('review-together') })}
          </p>
          {outside.length > 0 && <p>{t.outside(format.list(outside), outside.length > 1)}</p>}
          <DataTable
            caption={t.table(period)}
            columns={[t.linkage, all.observed, all.estimate, all.lower, all.upper, t.note]}
            rows={[{ ...estimate, linkage: 'chosen', status: 'ok' } as const, ...extremes].map((e) =>
              e.status === 'ok'
                ? [
                    t.variants[e.linkage],
                    e.observed,
                    Math.round(e.total),
                    Math.round(e.lower),
                    Math.round(e.upper),
                    e.method === 'pairwise-and-heterogeneity' ? t.withHeterogeneity : '',
                  ]
                : [t.variants[e.linkage], e.observed, null, null, null, `${t.notEstimable}: ${e.reason}`],
            )}
            csvFileName={`zicht-${t.csvName}-${period.replace('–', '-')}.csv`}
          />
        </>
      )}
    </section>
  );
}
