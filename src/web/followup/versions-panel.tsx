import { type FormEvent, useId, useRef, useState } from 'react';
import { useLocale } from '../i18n/index.ts';
import { fieldLabel } from './field-label.ts';
import { FormMessage, type Outcome } from './form-message.tsx';
import { useOfficerTexts } from './officer-texts.ts';
import {
  type VersionDiff,
  type VersionEntity,
  type VersionEntry,
  type WordChange,
  workspaceApi,
} from './workspace-api.ts';
import { useWorkspace } from './workspace-context.ts';

/** A diff path `letter.generalResponse.2` as the field labels read it: `letter.generalResponse[2]`. */
const asFieldPath = (path: string) => path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');

/**
 * Words added and removed, marked by more than colour: <ins>/<del> (underlined, struck through),
 * visible brackets [+ +] and [− −], and words a screen reader says ("begin toegevoegd: … einde toegevoegd").
 */
export function WordDiff({ words }: { words: readonly WordChange[] }) {
  const t = useOfficerTexts();
  const { language } = useLocale();
  return (
    <p className="word-diff" lang="nl">
      {words.map((w, i) => {
        const space = i > 0 ? ' ' : '';
        if (w.op === 'same')
          // biome-ignore lint/suspicious/noArrayIndexKey: runs of a diff have no identity but their place.
          return <span key={i}>{`${space}${w.text}`}</span>;
        const added = w.op === 'added';
        const Tag = added ? 'ins' : 'del';
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs of a diff have no identity but their place.
          <span key={i}>
            {space}
            <Tag className={added ? 'diff-added' : 'diff-removed'}>
              <span className="visually-hidden" lang={language}>
                {added ? t.versions.addedStart : t.versions.removedStart}{' '}
              </span>
              <span aria-hidden="true">{added ? '[+' : '[−'}</span>
              {w.text}
              <span aria-hidden="true">{added ? '+]' : '−]'}</span>
              <span className="visually-hidden" lang={language}>
                {' '}
                {added ? t.versions.addedEnd : t.versions.removedEnd}
              </span>
            </Tag>
          </span>
        );
      })}
    </p>
  );
}

function DiffView({ diff, from, to }: { diff: VersionDiff; from: number; to: number }) {
  const t = useOfficerTexts();
  return (
    <section className="version-diff" aria-labelledby="diff-heading">
      <h3 id="diff-heading" tabIndex={-1}>
        {t.versions.diffHeading(from, to)}
      </h3>
      <p className="field-hint">{t.versions.legend}</p>
      {diff.changes.length === 0 ? (
        <p>{t.versions.noChanges}</p>
      ) : (
        <dl className="diff-changes">
          {diff.changes.map((c) => (
            <div key={c.path} className="diff-change">
              <dt>{fieldLabel(asFieldPath(c.path), t)}</dt>
              <dd>
                <WordDiff words={c.words} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/**
 * The saved versions of the letter and nota (the edition), of each recommendation and each
 * response — who saved when — and the difference between any two, word by word.
 */
export function VersionsPanel() {
  const t = useOfficerTexts();
  const { format } = useLocale();
  const { workspace, editionId } = useWorkspace();
  const selectId = useId();
  const parts: { value: string; entity: VersionEntity; id: string; label: string }[] = [
    { value: 'edition', entity: 'edition', id: editionId, label: t.versions.edition },
    ...workspace.recommendations.map((r) => ({
      value: `recommendation/${r.number}`,
      entity: 'recommendation' as const,
      id: `${editionId}/${r.number}`,
      label: t.versions.recommendation(r.number),
    })),
    ...workspace.responses.map((r) => ({
      value: `response/${r.recommendationNumber}`,
      entity: 'response' as const,
      id: `${editionId}/${r.recommendationNumber}`,
      label: t.versions.response(r.recommendationNumber),
    })),
  ];
  const [chosen, setChosen] = useState('edition');
  const [list, setList] = useState<{ part: (typeof parts)[number]; versions: VersionEntry[] } | null>(null);
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(0);
  const [diff, setDiff] = useState<{ diff: VersionDiff; from: number; to: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  async function show(event: FormEvent) {
    event.preventDefault();
    const part = parts.find((p) => p.value === chosen) ?? parts[0];
    if (!part) return;
    try {
      const versions = await workspaceApi.versions(part.entity, part.id);
      setList({ part, versions });
      setDiff(null);
      setOutcome(null);
      const last = versions.at(-1)?.version ?? 0;
      setTo(last);
      setFrom(versions.at(-2)?.version ?? 0);
      requestAnimationFrame(() => listHeading.current?.focus());
    } catch (error) {
      setOutcome({ kind: 'error', lead: t.versions.loadFailed, error });
    }
  }
  async function compare(event: FormEvent) {
    event.preventDefault();
    if (!list) return;
    try {
      setDiff({ diff: await workspaceApi.diff(list.part.entity, list.part.id, from, to), from, to });
      requestAnimationFrame(() => document.getElementById('diff-heading')?.focus());
    } catch (error) {
      setOutcome({ kind: 'error', lead: t.versions.loadFailed, error });
    }
  }
  const versionOptions = (versions: readonly VersionEntry[]) => [
    <option key={0} value={0}>
      0 ({t.versions.empty})
    </option>,
    ...versions.map((v) => (
      <option key={v.version} value={v.version}>
        {v.version} — {format.dateTime(v.at)}, {v.actor}
      </option>
    )),
  ];
  return (
    <>
      <h2>{t.versions.heading}</h2>
      <form className="followup-form inline-form" onSubmit={show} aria-label={t.versions.show}>
        <label htmlFor={selectId}>
          {t.versions.entity}
          <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {parts.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t.versions.show}</button>
      </form>
      <FormMessage outcome={outcome} />
      {list && (
        <section aria-labelledby="versions-list">
          <h3 id="versions-list" ref={listHeading} tabIndex={-1}>
            {t.versions.caption(list.part.label)}
          </h3>
          {list.versions.length === 0 ? (
            <p>{t.versions.none}</p>
          ) : (
            <>
              <div className="table-scroll">
                <table className="versions-table">
                  <caption className="visually-hidden">{t.versions.caption(list.part.label)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.versions.version}</th>
                      <th scope="col">{t.versions.at}</th>
                      <th scope="col">{t.versions.actor}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.versions.map((v) => (
                      <tr key={v.version}>
                        <th scope="row">{v.version}</th>
                        <td>{format.dateTime(v.at)}</td>
                        <td>{v.actor}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <form className="followup-form inline-form" onSubmit={compare} aria-label={t.versions.compare}>
                <label>
                  {t.versions.from}
                  <select value={from} onChange={(e) => setFrom(Number(e.target.value))}>
                    {versionOptions(list.versions)}
                  </select>
                </label>
                <label>
                  {t.versions.to}
                  <select value={to} onChange={(e) => setTo(Number(e.target.value))}>
                    {versionOptions(list.versions)}
                  </select>
                </label>
                <button type="submit">{t.versions.compare}</button>
              </form>
            </>
          )}
        </section>
      )}
      {diff && <DiffView diff={diff.diff} from={diff.from} to={diff.to} />}
    </>
  );
}
