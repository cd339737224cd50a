import { type FormEvent, useState } from 'react';
import { personRoleLabels } from '../../contract/person-role-labels.ts';
import { sourceLabels } from '../../contract/source-labels.ts';
import type { ReviewPairView } from '../../linkage/index.ts';
import { useLoaded } from '../followup/use-loaded.ts';
import type { Language } from '../i18n/index.ts';
import { accessApi } from './access-api.ts';
import { accessTexts } from './access-texts.ts';
import { linkageReviewTexts } from './linkage-review-texts.ts';

type ReviewQueuePage = { total: number; pairs: ReviewPairView[] };
/** A loaded page with the offset it was asked for: until the next one arrives, the count describes the pairs shown. */
type ShownPage = ReviewQueuePage & { offset: number };
type Filters = { role: string; source: string; band: string; decision: string };
const noFilters: Filters = { role: '', source: '', band: '', decision: '' };
const pageSize = 50;

const key = (p: ReviewPairView) => `${p.left.source}/${p.left.personId}~${p.right.source}/${p.right.personId}`;
/** Each field's share of the match weight, strongest first, as the reviewer reads it. */
const fieldContributions = (p: ReviewPairView): [string, number][] =>
  Object.entries((p.contributions ?? {}) as Record<string, number>)
    .filter(([, bits]) => typeof bits === 'number' && bits !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
const labelIn = (labels: Readonly<Record<string, { nl: string; en: string }>>, code: string, language: Language) =>
  labels[code]?.[language] ?? code;

/**
 * The pairs the linkage left for review, most uncertain first: filters (role, source, band,
 * decision) as a form, a page of pairs with accept/reject, and paging. The count is announced;
 * the paging buttons stay focusable at the ends (aria-disabled), so focus never drops to the page.
 */
export function AnalystReviewQueue({ language, onDecided }: { language: Language; onDecided: () => void }) {
  const t = linkageReviewTexts[language].queue;
  const fields = linkageReviewTexts[language].fields;
  const review = accessTexts[language].analyst;
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [offset, setOffset] = useState(0);
  const [decided, setDecided] = useState<Record<string, 'accept' | 'reject'>>({});
  const [error, setError] = useState<string | null>(null);
  const query = new URLSearchParams({ limit: String(pageSize), offset: String(offset) });
  for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value);
  const queue = useLoaded(
    async (): Promise<ShownPage> => ({
      ...(await accessApi.get<ReviewQueuePage>(`/api/linkage/review?${query}`)),
      offset,
    }),
    query.toString(),
  );
  const number = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB');
  const decimal = (x: number) => number.format(Math.round(x * 10) / 10);
  const sourceName = (code: string) => labelIn(sourceLabels, code, language);

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: keyof Filters) => String(form.get(name) ?? '');
    setFilters({ role: value('role'), source: value('source'), band: value('band'), decision: value('decision') });
    setOffset(0);
  }
  async function decide(pair: ReviewPairView, decision: 'accept' | 'reject') {
    try {
      await accessApi.post('/api/linkage/review', { left: pair.left, right: pair.right, decision });
      setDecided((d) => ({ ...d, [key(pair)]: decision }));
      setError(null);
      onDecided();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const page = queue.state.status === 'ready' ? queue.state.value : null;
  const total = page?.total ?? 0;
  const hasPrevious = offset > 0;
  const hasNext = offset + pageSize < total;
  const select = (name: keyof Filters, label: string, options: [string, string][]) => (
    <p>
      <label htmlFor={`review-${name}`}>{label}</label>
      <select id={`review-${name}`} name={name} defaultValue={filters[name]}>
        <option value="">{t.all}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <section aria-labelledby="review-queue" className="review-queue-section">
      <h2 id="review-queue">{t.title}</h2>
      <form className="review-filters" aria-label={t.filters} onSubmit={applyFilters}>
        {select(
          'role',
          t.role,
          Object.keys(personRoleLabels).map((c) => [c, labelIn(personRoleLabels, c, language)]),
        )}
        {select(
          'source',
          t.source,
          Object.keys(sourceLabels).map((c) => [c, sourceName(c)]),
        )}
        {select('band', t.band, Object.entries(t.bands))}
        {select('decision', t.decision, Object.entries(t.decisions))}
        <p>
          <button type="submit">{t.apply}</button>
        </p>
      </form>
      <p role="status" className="review-count">
        {page === null
          ? t.loading
          : total === 0
            ? t.empty
            : t.range({
                first: number.format(Math.min(page.offset + 1, total)),
                last: number.format(Math.min(page.offset + page.pairs.length, total)),
                total: number.format(total),
              })}
      </p>
      {queue.state.status === 'error' && (
        <p role="alert" className="form-error">
          {queue.state.detail}
        </p>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {page && page.pairs.length > 0 && (
        <table className="review-queue">
          <thead>
            <tr>
              <th scope="col">{review.pair}</th>
              <th scope="col">{t.roleColumn}</th>
              <th scope="col">{review.probability}</th>
              <th scope="col">{review.evidence}</th>
              <th scope="col">{review.decision}</th>
            </tr>
          </thead>
          <tbody>
            {page.pairs.map((p) => {
              const decision = decided[key(p)] ?? p.decision;
              const label = `${sourceName(p.left.source)} ${p.left.personId} – ${sourceName(p.right.source)} ${p.right.personId}`;
              return (
                <tr key={key(p)} data-pair={key(p)}>
                  <th scope="row">{label}</th>
                  <td>{labelIn(personRoleLabels, p.role, language)}</td>
                  <td>{decimal(p.matchProbability * 100)}%</td>
                  <td className="review-evidence">
                    {decimal(p.matchWeight)}:{' '}
                    {fieldContributions(p)
                      .map(
                        ([field, bits]) =>
                          `${fields[field] ?? field.replaceAll('_', ' ')} ${bits > 0 ? '+' : '−'}${decimal(Math.abs(bits))}`,
                      )
                      .join(', ')}
                  </td>
                  <td>
                    <span className="review-decision">{decision ? review.decided[decision] : review.none}</span>{' '}
                    <button
                      type="button"
                      onClick={() => void decide(p, 'accept')}
                      aria-label={`${review.accept}: ${label}`}
                    >
                      {review.accept}
                    </button>{' '}
                    <button
                      type="button"
                      onClick={() => void decide(p, 'reject')}
                      aria-label={`${review.reject}: ${label}`}
                    >
                      {review.reject}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <nav aria-label={t.pages} className="review-pages">
        <button
          type="button"
          aria-disabled={!hasPrevious}
          onClick={() => hasPrevious && setOffset(Math.max(0, offset - pageSize))}
        >
          {t.previous}
        </button>
        <button type="button" aria-disabled={!hasNext} onClick={() => hasNext && setOffset(offset + pageSize)}>
          {t.next}
        </button>
      </nav>
    </section>
  );
}
