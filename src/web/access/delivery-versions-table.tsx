import type { DeliveryVersion } from '../../deliveries/index.ts';
import { formattersFor, type Language } from '../i18n/index.ts';
import { accessTexts } from './access-texts.ts';
import { deliveryVersionNames } from './delivery-version-names.ts';

const recordTypeOrder = ['registration', 'person', 'case_event'];

/** Versions grouped by record type and period: newest period first, each group newest version first (as the server sorts). */
export function groupVersions(versions: readonly DeliveryVersion[]): DeliveryVersion[][] {
  const groups = new Map<string, DeliveryVersion[]>();
  for (const d of versions) {
    const key = `${d.source}\u0000${d.record_type}\u0000${d.period}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const rank = (type: string) =>
    recordTypeOrder.includes(type) ? recordTypeOrder.indexOf(type) : recordTypeOrder.length;
  return [...groups.values()].sort(
    ([a], [b]) =>
      (b?.period ?? '').localeCompare(a?.period ?? '') || rank(a?.record_type ?? '') - rank(b?.record_type ?? ''),
  );
}

type Actions = {
  readonly onReport: (d: DeliveryVersion) => void;
  readonly onRollBack: (d: DeliveryVersion) => void;
  readonly onMakeCurrent: (d: DeliveryVersion) => void;
};

/** Every version of the steward's deliveries, with its status in words and the button that changes which one is current. */
export function DeliveryVersionsTable({
  versions,
  language,
  onReport,
  onRollBack,
  onMakeCurrent,
}: { versions: readonly DeliveryVersion[]; language: Language } & Actions) {
  const t = accessTexts[language].steward;
  const names = deliveryVersionNames(language);
  const { count } = formattersFor(language);
  const columns = 7;
  return (
    <div className="table-scroll">
      <table className="versions-table">
        <thead>
          <tr>
            <th scope="col">{t.fileName}</th>
            <th scope="col">{t.received}</th>
            <th scope="col">{t.status}</th>
            <th scope="col" className="numeric">
              {t.rowsRead}
            </th>
            <th scope="col" className="numeric">
              {t.rowsAccepted}
            </th>
            <th scope="col" className="numeric">
              {t.rowsQuarantined}
            </th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        {groupVersions(versions).map((group) => {
          const first = group[0];
          if (!first) return null;
          return (
            <tbody key={`${first.record_type}:${first.period}`} data-group={`${first.record_type}:${first.period}`}>
              <tr className="versions-group">
                <th scope="rowgroup" colSpan={columns}>
                  {names.group(first)}
                </th>
              </tr>
              {group.map((d) => (
                <tr
                  key={d.delivery_id}
                  data-delivery-id={d.delivery_id}
                  data-status={d.status}
                  className={d.status === 'active' ? 'version-current' : undefined}
                >
                  <th scope="row" className="version-file">
                    {d.file_name}
                  </th>
                  <td>{names.received(d)}</td>
                  <td className="version-status">{names.status(d.status)}</td>
                  <td className="numeric">{count(d.rows_read)}</td>
                  <td className="numeric">{count(d.rows_accepted)}</td>
                  <td className="numeric">{count(d.rows_quarantined)}</td>
                  <td className="version-actions">
                    <div className="version-buttons">
                      <button
                        type="button"
                        onClick={() => onReport(d)}
                        aria-label={`${t.openReport}: ${names.version(d)}`}
                      >
                        {t.openReport}
                      </button>
                      {d.status === 'active' && (
                        <button
                          type="button"
                          onClick={() => onRollBack(d)}
                          aria-label={`${t.rollBack}: ${names.version(d)}`}
                        >
                          {t.rollBack}
                        </button>
                      )}
                      {d.status === 'held' && (
                        <button
                          type="button"
                          onClick={() => onMakeCurrent(d)}
                          aria-label={`${t.makeCurrent}: ${names.version(d)}`}
                        >
                          {t.makeCurrent}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
