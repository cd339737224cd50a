/** The estimate's four headline figures as a description list: total, interval, registered, not registered. */
export function EstimateFigures({
  estimate,
  labels,
  count,
}: {
  estimate: {
    readonly total: number;
    readonly lower: number;
    readonly upper: number;
    readonly observed: number;
    readonly hidden: number;
  };
  labels: { readonly total: string; readonly interval: string; readonly observed: string; readonly hidden: string };
  count: (value: number) => string;
}) {
  return (
    <dl className="estimate-figures">
      <div>
        <dt>{labels.total}</dt>
        <dd className="estimate-total">{count(estimate.total)}</dd>
      </div>
      <div>
        <dt>{labels.interval}</dt>
        <dd>
          {count(estimate.lower)} – {count(estimate.upper)}
        </dd>
      </div>
      <div>
        <dt>{labels.observed}</dt>
        <dd>{count(estimate.observed)}</dd>
      </div>
      <div>
        <dt>{labels.hidden}</dt>
        <dd>{count(estimate.hidden)}</dd>
      </div>
    </dl>
  );
}
