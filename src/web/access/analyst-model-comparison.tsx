import { modelFormula } from '../../contract/describe-estimation-model.ts';
import { useId } from 'react';
import type { ModelComparison } from '../../pipeline/index.ts';
import { DataTable } from '../data-table.tsx';
import type { Language } from '../i18n/index.ts';
import { analystTexts } from './analyst-texts.ts';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** The chosen model beside the best pairwise models by BIC, with what each says the total is. */
export function AnalystModelComparison({
  comparison,
  language,
  period,
}: {
  comparison: ModelComparison | undefined;
  language: Language;
  period: string;
}) {
  const t = analystTexts[language].estimation;
  const headingId = useId();
  const best = comparison ? Math.min(...comparison.candidates.map((c) => c.bic)) : 0;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.candidates}</h2>
      {!comparison ? (
        <p>{t.candidatesMissing}</p>
      ) : (
        <>
          <p>{t.candidatesIntro(comparison.tried, comparison.excluded)}</p>
          <DataTable
            caption={t.candidatesTable}
            columns={[t.model, t.family, t.parameters, t.df, t.deviance, t.aic, t.bic, t.deltaBic, t.estimate]}
            rows={comparison.candidates.map((c) => [
              c.chosen ? `${modelFormula(c.model, language)} ${t.chosen}` : modelFormula(c.model, language),
              t.families[c.family] ?? c.family,
              c.parameters,
              c.df,
              oneDecimal(c.deviance),
              oneDecimal(c.aic),
              oneDecimal(c.bic),
              oneDecimal(c.bic - best),
              Math.round(c.total),
            ])}
            csvFileName={`zicht-${language === 'nl' ? 'modellen' : 'models'}-${period.replace('–', '-')}.csv`}
          />
        </>
      )}
    </section>
  );
}
