import { type FormEvent, Fragment, useState } from 'react';
import { useLocale } from '../i18n/index.ts';
import { DutchText } from './dutch-text.tsx';
import { ErrorDetail } from './error-detail.tsx';
import { followupRequest, sendJson } from './followup-api.ts';
import { TextField } from './form-fields.tsx';
import { FormMessage, type Outcome } from './form-message.tsx';
import { useOfficerTexts } from './officer-texts.ts';
import { useLoaded } from './use-loaded.ts';

/** A post (bewindspersoon) as GET /api/followup/posts gives it: held by people over time. */
export type PostView = {
  readonly id: string;
  readonly title: string;
  readonly ministry: string;
  readonly department: string;
  readonly holders: readonly {
    readonly name: string;
    readonly initials: string;
    readonly from: string;
    readonly to?: string;
    /** The post's title under this holder, when the portfolio was renamed. */
    readonly title?: string;
  }[];
};

function Handover({ post, onDone }: { post: PostView; onDone: () => void }) {
  const t = useOfficerTexts();
  const p = t.posts;
  const [draft, setDraft] = useState({ name: '', initials: '', from: new Date().toISOString().slice(0, 10) });
  const [outcome, setOutcome] = useState<Outcome>(null);
  async function save(event: FormEvent) {
    event.preventDefault();
    const problems = [
      ...(draft.name.trim() ? [] : [t.common.required(p.name)]),
      ...(draft.initials.trim() ? [] : [t.common.required(p.initials)]),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(draft.from) ? [] : [t.common.required(p.from)]),
    ];
    if (problems.length) {
      setOutcome({ kind: 'invalid', problems });
      return;
    }
    try {
      await followupRequest(
        `posts/${encodeURIComponent(post.id)}/handover`,
        sendJson('POST', { name: draft.name.trim(), initials: draft.initials.trim(), from: draft.from }),
      );
      setOutcome({ kind: 'ok', text: p.done(post.title, draft.name.trim()) });
      onDone();
    } catch (error) {
      setOutcome({ kind: 'error', lead: t.commitments.failed, error });
    }
  }
  return (
    <div className="commitment-actions" id={`handover-${post.id}`}>
      <form className="followup-form" onSubmit={save} aria-label={p.handoverFor(post.title)} noValidate>
        <TextField label={p.name} value={draft.name} onChange={(name) => setDraft({ ...draft, name })} required />
        <TextField
          label={p.initials}
          value={draft.initials}
          onChange={(initials) => setDraft({ ...draft, initials })}
          required
        />
        <TextField
          label={p.from}
          type="date"
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
          required
        />
        <div className="form-actions wide">
          <button type="submit">{p.submit}</button>
        </div>
      </form>
      <FormMessage outcome={outcome} focus="always" />
    </div>
  );
}

/** The posts of ministers and state secretaries with who holds them since when, and a handover form each. */
export function PostsPanel() {
  const t = useOfficerTexts();
  const p = t.posts;
  const { format } = useLocale();
  const { state, reload } = useLoaded(() => followupRequest<PostView[]>('posts'), 'posts');
  // the handover form of each post the officer opened, in a full-width row below it
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <section aria-labelledby="posts">
      <h2 id="posts">{p.heading}</h2>
      <p className="form-hint">{p.intro}</p>
      {state.status === 'error' && (
        <div className="load-error" role="alert">
          <p className="load-error-title">{p.loadFailed}</p>
          <p className="load-error-detail">
            <ErrorDetail detail={state.detail} />
          </p>
        </div>
      )}
      {state.status === 'ready' && state.value.length === 0 && <p>{p.none}</p>}
      {state.status === 'ready' && state.value.length > 0 && (
        <div className="table-scroll">
          <table className="posts-table">
            <caption className="visually-hidden">{p.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{p.post}</th>
                <th scope="col">{p.holder}</th>
                <th scope="col">{p.since}</th>
                <th scope="col">{p.earlier}</th>
                <th scope="col">{p.handoverColumn}</th>
              </tr>
            </thead>
            <tbody>
              {state.value.map((post) => {
                const current = post.holders.find((h) => !h.to) ?? null;
                const earlier = post.holders.filter((h) => h !== current);
                return (
                  <Fragment key={post.id}>
                    <tr data-post-id={post.id}>
                      <th scope="row">
                        <DutchText>{post.title}</DutchText>
                      </th>
                      <td>
                        {current ? current.name : p.vacant}
                        {current?.title && current.title !== post.title && (
                          <span className="commitment-meta">
                            {' '}
                            (<DutchText>{current.title}</DutchText>)
                          </span>
                        )}
                      </td>
                      <td>{current ? format.date(current.from) : ''}</td>
                      <td>
                        {earlier.length > 0 && (
                          <ul className="plain-list">
                            {earlier.map((h) => (
                              <li key={`${h.name}-${h.from}`}>
                                {h.name} ({format.date(h.from)}
                                {h.to ? ` – ${format.date(h.to)}` : ''})
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="disclosure"
                          aria-expanded={open.has(post.id)}
                          aria-controls={`handover-${post.id}`}
                          onClick={() => toggle(post.id)}
                        >
                          {p.handover}
                          <span className="visually-hidden"> — {post.title}</span>
                        </button>
                      </td>
                    </tr>
                    {open.has(post.id) && (
                      <tr className="commitment-actions-row" data-handover-for={post.id}>
                        <td colSpan={5}>
                          <Handover post={post} onDone={reload} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
