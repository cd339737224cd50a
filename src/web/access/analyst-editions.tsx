import { type FormEvent, useId, useState } from 'react';
import type { Edition } from '../../publish/index.ts';
import type { EditionPreview } from '../../server/edition-routes.ts';
import type { EditionListItem } from '../../publish/list-editions.ts';
import type { SiteManifest } from '../../publish/publish-to-site.ts';
import { useLoaded } from '../followup/use-loaded.ts';
import { formattersFor, type Language } from '../i18n/index.ts';
import { accessApi } from './access-api.ts';
import { AnalystEditionPreview } from './analyst-edition-preview.tsx';
import { analystTexts } from './analyst-texts.ts';

/** What the page is doing with an edition; the live region reads it out, the busy flag covers the work area. */
type Work =
  | { readonly kind: 'idle' }
  | { readonly kind: 'previewing' | 'publishing'; readonly id: string }
  | { readonly kind: 'previewed'; readonly preview: EditionPreview }
  | { readonly kind: 'published'; readonly manifest: SiteManifest & { url: string } };

/** The analyst's editions: list them, fix a new one, preview its tables after disclosure control, publish it. */
export function AnalystEditions({ language }: { language: Language }) {
  const t = analystTexts[language].editions;
  const format = formattersFor(language);
  const editions = useLoaded(() => accessApi.get<EditionListItem[]>('/api/editions'), 'editions');
  const [work, setWork] = useState<Work>({ kind: 'idle' });
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const workId = useId();
  const busy = work.kind === 'previewing' || work.kind === 'publishing';

  async function run<T>(start: Work & { id: string }, request: () => Promise<T>, done: (value: T) => void) {
    setError(null);
    setWork(start);
    setMessage(start.kind === 'previewing' ? t.building(start.id) : t.publishing(start.id));
    try {
      done(await request());
    } catch (e) {
      setWork({ kind: 'idle' });
      setMessage('');
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  const preview = (id: string) =>
    run(
      { kind: 'previewing', id },
      () => accessApi.get<EditionPreview>(`/api/editions/${encodeURIComponent(id)}/tables`),
      (value) => {
        const d = value.disclosure.suppressed;
        setWork({ kind: 'previewed', preview: value });
        setMessage(t.built(id, value.tables.length, d.threshold + d.dominance + d.secondary));
      },
    );
  const publish = (id: string) =>
    run(
      { kind: 'publishing', id },
      () => accessApi.post<SiteManifest & { url: string }>(`/api/editions/${encodeURIComponent(id)}/publish`, {}),
      (value) => {
        setWork({ kind: 'published', manifest: value });
        setMessage(t.publishedDone(id, value.files));
        editions.reload();
      },
    );

  return (
    <>
      <h1>{t.title}</h1>
      <p className="intro">{t.intro}</p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <section aria-labelledby={`${workId}-list`}>
        <h2 id={`${workId}-list`}>{t.list}</h2>
        {editions.state.status === 'error' && <p className="form-error">{editions.state.detail}</p>}
        {editions.state.status === 'ready' && editions.state.value.length === 0 && <p>{t.none}</p>}
        {editions.state.status === 'ready' && editions.state.value.length > 0 && (
          <div className="table-scroll">
            <table className="editions-table">
              <thead>
                <tr>
                  <th scope="col">{t.id}</th>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.period}</th>
                  <th scope="col">{t.created}</th>
                  <th scope="col" className="numeric">
                    {t.deliveries}
                  </th>
                  <th scope="col">{t.published}</th>
                  <th scope="col">{t.actions}</th>
                </tr>
              </thead>
              <tbody>
                {editions.state.value.map((e) => (
                  <tr key={e.id} data-edition-id={e.id}>
                    <th scope="row">{e.id}</th>
                    <td>{e.title}</td>
                    <td>{e.period.from === e.period.to ? e.period.from : `${e.period.from}–${e.period.to}`}</td>
                    <td>{format.dateTime(e.createdAt)}</td>
                    <td className="numeric">{format.count(e.deliveries)}</td>
                    <td className="edition-published">
                      {e.publishedAt ? t.publishedSince(format.dateTime(e.publishedAt)) : t.notPublished}
                    </td>
                    <td className="edition-actions">
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => void preview(e.id)}
                        aria-label={t.previewLabel(e.id)}
                      >
                        {t.preview}
                      </button>{' '}
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => void publish(e.id)}
                        aria-label={t.publishLabel(e.id)}
                      >
                        {t.publish}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby={`${workId}-work`} aria-busy={busy} className="edition-work">
        <h2 id={`${workId}-work`} className={work.kind === 'previewed' ? undefined : 'visually-hidden'}>
          {work.kind === 'previewed' ? t.previewTitle(work.preview.edition.id) : t.progress}
        </h2>
        <p role="status" className="edition-status">
          {message}
        </p>
        {busy && <progress aria-label={message} />}
        {work.kind === 'published' && (
          <p>
            <a href={`${work.manifest.url}${language === 'en' ? 'en/' : ''}`} className="published-link">
              {t.openSite}
            </a>
          </p>
        )}
        {work.kind === 'previewed' && <AnalystEditionPreview preview={work.preview} language={language} />}
      </section>
      <NewEditionForm
        language={language}
        disabled={busy}
        onCreated={(made) => {
          setError(null);
          setMessage(t.created_(made.id, made.deliveryIds.length));
          editions.reload();
        }}
      />
    </>
  );
}

function NewEditionForm({
  language,
  disabled,
  onCreated,
}: {
  language: Language;
  disabled: boolean;
  onCreated: (made: Edition) => void;
}) {
  const t = analystTexts[language].editions;
  const headingId = useId();
  const [problems, setProblems] = useState<string | null>(null);
  const year = new Date().getFullYear();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    try {
      const made = await accessApi.post<Edition>('/api/editions', {
        id: data.get('id'),
        title: data.get('title'),
        from: Number(data.get('from')),
        to: Number(data.get('to')),
      });
      setProblems(null);
      form.reset();
      onCreated(made);
    } catch (e) {
      setProblems(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.create}</h2>
      <form className="edition-form" onSubmit={(e) => void submit(e)}>
        {problems && (
          <p role="alert" className="form-error">
            {problems}
          </p>
        )}
        <p>
          <label htmlFor={`${headingId}-id`}>{t.id}</label>
          <input
            id={`${headingId}-id`}
            name="id"
            required
            pattern="[a-z0-9][a-z0-9\-]{0,62}"
            aria-describedby={`${headingId}-id-hint`}
          />
          <span id={`${headingId}-id-hint`} className="field-hint">
            {t.idHint}
          </span>
        </p>
        <p>
          <label htmlFor={`${headingId}-title`}>{t.name}</label>
          <input id={`${headingId}-title`} name="title" required maxLength={200} />
        </p>
        <p>
          <label htmlFor={`${headingId}-from`}>{t.from}</label>
          <input
            id={`${headingId}-from`}
            name="from"
            type="number"
            required
            min={1990}
            max={2100}
            defaultValue={year - 8}
          />
        </p>
        <p>
          <label htmlFor={`${headingId}-to`}>{t.to}</label>
          <input
            id={`${headingId}-to`}
            name="to"
            type="number"
            required
            min={1990}
            max={2100}
            defaultValue={year - 1}
          />
        </p>
        <button type="submit" disabled={disabled}>
          {t.submit}
        </button>
      </form>
    </section>
  );
}
