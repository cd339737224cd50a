import type { LinkageQuality } from '../../pipeline/index.ts';
import { useLoaded } from '../followup/use-loaded.ts';
import type { Language } from '../i18n/index.ts';
import { ApiError, accessApi } from './access-api.ts';
import { linkageReviewTexts } from './linkage-review-texts.ts';

/** The latest linkage's quality, or null when none has run (the server answers 404). */
const loadQuality = () =>
  accessApi.get<LinkageQuality>('/api/linkage/quality').catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  });

/**
 * How well the last linkage run thinks it did: the model's own precision, recall and F1, records
 * → persons, the merges it refused, the review queue and when it ran. `round` reloads it (after a decision).
 */
export function AnalystLinkageQuality({ language, round }: { language: Language; round: number }) {
  const t = linkageReviewTexts[language].quality;
  const quality = useLoaded(loadQuality, `quality-${round}`);
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const state = quality.state;
  return (
    <section aria-labelledby="linkage-quality" className="linkage-quality">
      <h2 id="linkage-quality">{t.title}</h2>
      {state.status === 'error' && (
        <p role="alert" className="form-error">
          {state.detail}
        </p>
      )}
      {state.status === 'ready' && state.value === null && <p>{t.none}</p>}
      {state.status === 'ready' && state.value !== null && (
        <QualityFigures quality={state.value} texts={t} number={number} percent={percent} />
      )}
    </section>
  );
}

function QualityFigures({
  quality: q,
  texts: t,
  number,
  percent,
}: {
  quality: LinkageQuality;
  texts: (typeof linkageReviewTexts)[Language]['quality'];
  number: Intl.NumberFormat;
  percent: Intl.NumberFormat;
}) {
  const method = q.method === 'exact' ? 'exact' : q.fuzzy ? 'fellegi-sunter' : 'fellegi-sunter-tokens';
  const figures = q.estimated && {
    precision: percent.format(q.estimated.precision),
    recall: percent.format(q.estimated.recall),
    f1: percent.format(q.estimated.f1),
  };
  return (
    <>
      {figures ? (
        <>
          <dl className="estimate-figures linkage-figures">
            <div>
              <dt>{t.precision}</dt>
              <dd>{figures.precision}</dd>
            </div>
            <div>
              <dt>{t.recall}</dt>
              <dd>{figures.recall}</dd>
            </div>
            <div>
              <dt>{t.f1}</dt>
              <dd data-figure="f1">{figures.f1}</dd>
            </div>
          </dl>
          <p>{t.explain(figures)}</p>
        </>
      ) : (
        <p>{t.noModel}</p>
      )}
      <ul className="linkage-facts">
        <li>
          {t.persons({
            records: number.format(q.records),
            victims: number.format(q.persons.victim),
            suspects: number.format(q.persons.suspect),
          })}
        </li>
        <li>
          {q.refusedDifferentBsn === null
            ? t.refusedUnknown
            : t.refused(q.refusedDifferentBsn, number.format(q.refusedDifferentBsn))}
        </li>
        {q.refusedOutweighed === null ? null : (
          <li>{t.outweighed(q.refusedOutweighed, number.format(q.refusedOutweighed))}</li>
        )}
        <li>
          {t.queue({
            total: number.format(q.reviewQueue.total),
            open: number.format(q.reviewQueue.open),
            decided: number.format(q.reviewQueue.decided),
          })}
        </li>
        {q.labelledPairs !== null && q.labelledPairs > 0 && <li>{t.calibrated(number.format(q.labelledPairs))}</li>}
        <li>{t.ran(t.methods[method], q.finishedAt.slice(0, 16).replace('T', ' '))}</li>
      </ul>
    </>
  );
}
