import { DutchText } from './dutch-text.tsx';
import type { EditionSummary } from './followup-api.ts';
import { useOfficerTexts } from './officer-texts.ts';
import { useFollowupLocale } from './use-followup-locale.ts';

/** Every edition with where its response stands, and links to its workspace and its public page. */
export function EditionsTable({ editions }: { editions: readonly EditionSummary[] }) {
  const t = useOfficerTexts();
  const { href } = useFollowupLocale();
  return (
    <section aria-labelledby="editions">
      <h2 id="editions">{t.editions.heading}</h2>
      <div className="table-scroll">
        <table className="editions-table">
          <caption className="visually-hidden">{t.editions.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.editions.edition}</th>
              <th scope="col">{t.editions.state}</th>
              <th scope="col">{t.editions.links}</th>
            </tr>
          </thead>
          <tbody>
            {editions.map((e) => (
              <tr key={e.id} data-edition-id={e.id}>
                <th scope="row">
                  <DutchText>{e.title}</DutchText>
                </th>
                <td>{e.responseState ? (t.states[e.responseState] ?? e.responseState) : t.editions.notStarted}</td>
                <td className="edition-links">
                  <a
                    href={href(`/opvolging/editie/${encodeURIComponent(e.id)}/werk`)}
                    aria-label={t.editions.workspace(e.title)}
                  >
                    {t.editions.workspaceShort}
                  </a>{' '}
                  <a
                    href={href(`/opvolging/editie/${encodeURIComponent(e.id)}`)}
                    aria-label={t.editions.publicPage(e.title)}
                  >
                    {t.editions.publicShort}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
