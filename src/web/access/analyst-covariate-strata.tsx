import { ageBandLabels } from '../../contract/breakdown-labels.ts';
import { useId } from 'react';
import type { SensitivityEstimate } from '../../pipeline/index.ts';
import { DataTable } from '../data-table.tsx';
import type { Language } from '../i18n/index.ts';
import { analystTexts } from './analyst-texts.ts';

/**
 * The covariate model's estimate per age band and sex: children seen (those with an unknown value
 * shared out), the estimated total with its interval and the share not seen, as a downloadable table.
 */
export function AnalystCovariateStrata({
  sensitivity,
  language,
  period,
}: {
  sensitivity: readonly SensitivityEstimate[] | undefined;
  language: Language;
  period: string;
}) {
  const t = analystTexts[language].estimation.strata;
  const all = analystTexts[language].estimation;
  const headingId = useId();
  const family = sensitivity?.find((s) => s.family === 'covariates');
  const strata = family?.status === 'ok' ? (family.strata ?? []) : [];
  const covariates = family?.status === 'ok' ? (family.covariates ?? []) : [];
  // a covariate's value in words: age band and sex the pipeline gives; another keeps its own value
  const value = (c: string, v: string) =>
    (c === 'age band' ? ageBandLabels[v]?.[language] : c === 'sex' ? t.sexes[v] : undefined) ?? v;
  // one row header per group ("Meisjes, 12 t/m 15 jaar"): sex first, as one names a group of children
  const order = [...covariates.keys()].sort(
    (a, b) => Number(covariates[b] === 'sex') - Number(covariates[a] === 'sex'),
  );
  const group = (values: readonly string[]) => order.map((i) => value(covariates[i] ?? '', values[i] ?? '')).join(', ');
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      {strata.length === 0 ? (
        <p>{t.missing}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <DataTable
            caption={t.table(period)}
            columns={[t.group, t.seen, all.estimate, all.lower, all.upper, t.unseenShare]}
            rows={strata.map((s) => [
              group(s.values),
              Math.round(s.seen),
              Math.round(s.total),
              Math.round(s.lower),
              Math.round(s.upper),
              `${Math.round((100 * (s.total - s.seen)) / s.total)}%`,
            ])}
            csvFileName={`zicht-${t.csvName}-${period.replace('–', '-')}.csv`}
          />
        </>
      )}
    </section>
  );
}
