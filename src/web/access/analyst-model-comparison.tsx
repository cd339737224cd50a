import { estimationListLabels } from '../../contract/breakdown-labels.ts';
import { modelFormula } from '../../contract/describe-estimation-model.ts';
import { useId } from 'react';
import type { ModelComparison, PatternFit } from '../../pipeline/index.ts';
import { maxTotalPerObserved } from '../../estimation/refuse-too-little-overlap.ts';
import { DataTable } from '../data-table.tsx';
import { type Language, useLocale } from '../i18n/index.ts';
import { analystTexts } from './analyst-texts.ts';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

const twoDecimals = (value: number) => Math.round(value * 100) / 100;
const pearson = (c: PatternFit) => (c.fitted > 0 ? (c.observed - c.fitted) / Math.sqrt(c.fitted) : 0);

/**
 * The chosen model's fit per pattern of lists: seen, expected and the Pearson residual, with χ² and
 * the largest departure in a sentence, so a reviewer sees where the model and the data part.
 */
function PatternFitTable({
  cells,
  lists,
  df,
  language,
  period,
}: {
  cells: readonly PatternFit[];
  lists: readonly string[];
  df: number;
  language: Language;
  period: string;
}) {
  const t = analystTexts[language].estimation.fit;
  const { format } = useLocale();
  const pattern = (history: string) =>
    format.list(
      lists.flatMap((code, j) => (history[j] === '1' ? [estimationListLabels[code]?.[language] ?? code] : [])),
    );
  const chi2 = cells.reduce((sum, c) => sum + pearson(c) ** 2, 0);
  const worst = cells.reduce<PatternFit | null>(
    (w, c) => (w === null || Math.abs(pearson(c)) > Math.abs(pearson(w)) ? c : w),
    null,
  );
  const decimal = (value: number) => format.decimal(twoDecimals(value));
  return (
    <>
      <p>
        {t.intro({
          chi2: format.decimal(Math.round(chi2 * 10) / 10),
          df,
          worst:
            worst && Math.abs(pearson(worst)) > 2 ? t.worst(pattern(worst.history), decimal(pearson(worst))) : null,
        })}
      </p>
      <DataTable
        caption={t.table(period)}
        columns={[t.pattern, t.observed, t.expected, t.residual]}
        rows={cells.map((c) => [
          pattern(c.history),
          c.observed,
          Math.round(c.fitted * 10) / 10,
          twoDecimals(pearson(c)),
        ])}
        csvFileName={`zicht-${t.csvName}-${period.replace('–', '-')}.csv`}
      />
    </>
  );
}

/** The chosen model beside the best pairwise models by BIC, with what each says the total is, and its fit per pattern. */
export function AnalystModelComparison({
  comparison,
  lists,
  observed,
  language,
  period,
}: {
  comparison: ModelComparison | undefined;
  lists: readonly string[];
  /** Children seen by at least one list: a model above ten times this is not an answer the rule gives. */
  observed: number;
  language: Language;
  period: string;
}) {
  const t = analystTexts[language].estimation;
  const headingId = useId();
  const best = comparison ? Math.min(...comparison.candidates.map((c) => c.bic)) : 0;
  const beyond = (total: number) => total > maxTotalPerObserved * observed;
  const beyondCount = comparison?.candidates.filter((c) => beyond(c.total)).length ?? 0;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.candidates}</h2>
      {!comparison ? (
        <p>{t.candidatesMissing}</p>
      ) : (
        <>
          <p>{t.candidatesIntro(comparison.tried, comparison.excluded)}</p>
          {beyondCount > 0 && <p>{t.beyondBoundIntro(beyondCount)}</p>}
          <DataTable
            caption={t.candidatesTable}
            columns={[t.model, t.family, t.parameters, t.df, t.deviance, t.aic, t.bic, t.deltaBic, t.estimate]}
            rows={comparison.candidates.map((c) => [
              [
                modelFormula(c.model, language),
                ...(c.chosen ? [t.chosen] : []),
                ...(beyond(c.total) ? [`(${t.beyondBound})`] : []),
              ].join(' '),
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
          {comparison.cells && (
            <PatternFitTable
              cells={comparison.cells}
              lists={lists}
              df={comparison.candidates.find((c) => c.chosen)?.df ?? 0}
              language={language}
              period={period}
            />
          )}
        </>
      )}
    </section>
  );
}
