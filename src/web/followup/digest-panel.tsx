import { type CommitmentDigest, type DigestItem, dutchDate } from '../../followup/public-types.ts';

function Item({ i, late }: { i: DigestItem; late: boolean }) {
  return (
    <li data-commitment-id={i.id}>
      <strong>{i.id}</strong> {i.what} — {i.who}; uiterlijk {dutchDate(i.due)}
      {i.phrase ? ` (“${i.phrase}”)` : ''}: {late ? `${i.daysLate} dagen te laat` : `over ${-i.daysLate} dagen`}
    </li>
  );
}

/** The digest per responsible ministry: what is overdue and what falls due soon. */
export function DigestPanel({ digest }: { digest: CommitmentDigest }) {
  return (
    <section aria-labelledby="digest">
      <h2 id="digest">Signalering per ministerie</h2>
      <p>
        Stand op {dutchDate(digest.today)}: te late toezeggingen en toezeggingen die vóór {dutchDate(digest.horizon)} moeten zijn nagekomen.
      </p>
      {digest.ministries.length === 0 && <p>Geen toezeggingen te laat of binnenkort.</p>}
      {digest.ministries.map((m) => (
        <div key={m.ministry} className="digest-ministry" data-ministry={m.ministry}>
          <h3>{m.ministry}</h3>
          <p className="digest-count">
            {m.overdue.length} te laat, {m.dueSoon.length} binnenkort
          </p>
          {m.overdue.length > 0 && (
            <ul className="digest-overdue" aria-label={`Te laat — ${m.ministry}`}>
              {m.overdue.map((i) => (
                <Item key={i.id} i={i} late />
              ))}
            </ul>
          )}
          {m.dueSoon.length > 0 && (
            <ul className="digest-due-soon" aria-label={`Binnenkort — ${m.ministry}`}>
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
