import type { CommitmentDigest, DigestItem } from '../../followup/public-types.ts';
import { DutchText } from './dutch-text.tsx';
import { useFollowupLocale } from './use-followup-locale.ts';

function Item({ i, late }: { i: DigestItem; late: boolean }) {
  const { t, format } = useFollowupLocale();
  const days = Math.abs(i.daysLate);
  return (
    <li data-commitment-id={i.id}>
      <strong>{i.id}</strong>{' '}
      <DutchText>
        {i.what} — {i.who}
      </DutchText>
      ; {t.due(format.date(i.due))}
      {i.phrase ? (
        <>
          {' (“'}
          <DutchText>{i.phrase}</DutchText>
          {'”)'}
        </>
      ) : (
        ''
      )}
      : {late ? t.daysLate(days, format.count(days)) : t.daysToGo(days, format.count(days))}
    </li>
  );
}

/** The digest per responsible ministry: what is overdue and what falls due soon. */
export function DigestPanel({ digest }: { digest: CommitmentDigest }) {
  const { t, format } = useFollowupLocale();
  return (
    <section aria-labelledby="digest">
      <h2 id="digest">{t.digestHeading}</h2>
      <p>{t.digestIntro(format.date(digest.today), format.date(digest.horizon))}</p>
      {digest.ministries.length === 0 && <p>{t.digestEmpty}</p>}
      {digest.ministries.map((m) => (
        <div key={m.ministry} className="digest-ministry" data-ministry={m.ministry}>
          <h3 lang="nl">{m.ministry}</h3>
          <p className="digest-count">
            {t.digestCount(format.count(m.overdue.length), format.count(m.dueSoon.length))}
          </p>
          {m.overdue.length > 0 && (
            <ul className="digest-overdue" aria-label={t.digestOverdueList(m.ministry)}>
              {m.overdue.map((i) => (
                <Item key={i.id} i={i} late />
              ))}
            </ul>
          )}
          {m.dueSoon.length > 0 && (
            <ul className="digest-due-soon" aria-label={t.digestDueSoonList(m.ministry)}>
              {m.dueSoon.map((i) => (
                <Item key={i.id} i={i} late={false} />
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
