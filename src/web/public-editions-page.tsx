import { useLoaded } from './followup/use-loaded.ts';
import { useLocale } from './i18n/index.ts';
import { siteNavHrefs, siteNavTexts } from './site-nav-texts.ts';

type PublishedEdition = { editionId: string; title: string; period: { from: number; to: number }; publishedAt: string };
type FollowupEdition = { id: string; title: string; yearFrom: number; yearTo: number };
type Editions = { published: PublishedEdition | null; followup: FollowupEdition[] };

/** What is public, from what the server already serves to anyone: the site's manifest and the follow-up's list. */
async function loadEditions(): Promise<Editions> {
  const [site, followup] = await Promise.all([
    fetch('/publicatie/edition.json', { headers: { accept: 'application/json' } }),
    fetch('/api/followup/editions', { headers: { accept: 'application/json' } }),
  ]);
  if (!followup.ok) throw new Error(`HTTP ${followup.status}`);
  if (!site.ok && site.status !== 404) throw new Error(`HTTP ${site.status}`);
  const list = (await followup.json()) as FollowupEdition[];
  return {
    published: site.ok ? ((await site.json()) as PublishedEdition) : null,
    // only what a reader needs: no workflow state, no names
    followup: list.map(({ id, title, yearFrom, yearTo }) => ({ id, title, yearFrom, yearTo })),
  };
}

/** The public list of editions: the published monitor edition and each edition's public follow-up. */
export function PublicEditionsPage() {
  const { language, format } = useLocale();
  const t = siteNavTexts[language];
  const lang = language === 'en' ? '?lang=en' : '';
  const { state } = useLoaded(loadEditions, 'editions');
  return (
    <>
      <h1>{t.editionsTitle}</h1>
      <p className="intro">{t.editionsIntro}</p>
      <div role="status" className={state.status === 'loading' ? 'load-status' : 'visually-hidden'}>
        {state.status === 'loading' ? t.loading : ''}
      </div>
      {state.status === 'error' && (
        <p role="alert" className="load-error">
          {t.loadError}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <h2>{t.publishedHeading}</h2>
          {state.value.published ? (
            <ul className="edition-list">
              <li>
                <a href={siteNavHrefs(language).edition}>
                  {t.publishedItem(
                    state.value.published.title,
                    state.value.published.period.from,
                    state.value.published.period.to,
                    format.dateTime(state.value.published.publishedAt),
                  )}
                </a>
              </li>
            </ul>
          ) : (
            <p>{t.publishedNone}</p>
          )}
          <h2>{t.followupHeading}</h2>
          <p>{t.followupIntro}</p>
          {state.value.followup.length > 0 ? (
            <ul className="edition-list">
              {state.value.followup.map((e) => (
                <li key={e.id}>
                  <a href={`/opvolging/editie/${encodeURIComponent(e.id)}${lang}`}>
                    {t.followupItem(e.title, e.yearFrom, e.yearTo)}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t.followupNone}</p>
          )}
        </>
      )}
    </>
  );
}
