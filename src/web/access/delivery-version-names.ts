import type { DeliveryVersion } from '../../deliveries/index.ts';
import { formattersFor, type Language } from '../i18n/index.ts';
import { accessTexts } from './access-texts.ts';

export type DeliveryVersionNames = {
  readonly recordType: (recordType: string) => string;
  readonly status: (status: string) => string;
  /** "Registraties over 2026-Q1": the record type and period a version belongs to. */
  readonly group: (d: Pick<DeliveryVersion, 'record_type' | 'period'>) => string;
  readonly received: (d: Pick<DeliveryVersion, 'received_at'>) => string;
  /** A short name of one version: its file and when it came in. */
  readonly fileReceived: (d: DeliveryVersion) => string;
  /** A name of one version that stands on its own (buttons, confirmations): file, record type, period, received. */
  readonly version: (d: DeliveryVersion) => string;
};

/** DuckDB's TIMESTAMP comes as "2026-03-25 09:00:00.123" in UTC, without a zone. */
const utc = (timestamp: string) =>
  /[zZ]|[+-]\d\d:?\d\d$/.test(timestamp) ? timestamp : `${timestamp.replace(' ', 'T')}Z`;

/** How a delivery version is named to a user in `language`: words for record types and statuses, never their codes. */
export function deliveryVersionNames(language: Language): DeliveryVersionNames {
  const t = accessTexts[language].steward;
  // shorter than the page's long date: it sits in a table column and in button names
  const dateTime = new Intl.DateTimeFormat(formattersFor(language).locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  const recordType = (code: string) => t.recordTypes[code] ?? code;
  const received = (d: Pick<DeliveryVersion, 'received_at'>) => {
    const at = new Date(utc(d.received_at));
    return Number.isNaN(at.getTime()) ? d.received_at : dateTime.format(at);
  };
  return {
    recordType,
    status: (code) => t.statuses[code] ?? code,
    group: (d) => t.group(recordType(d.record_type), d.period),
    received,
    fileReceived: (d) => t.fileReceived(d.file_name, received(d)),
    version: (d) => t.version(d.file_name, recordType(d.record_type), d.period, received(d)),
  };
}
