import { type Ref, useId } from 'react';
import type { DeliveryHold, DeliveryVersion } from '../../deliveries/index.ts';
import type { Language } from '../i18n/index.ts';
import { accessTexts } from './access-texts.ts';
import { deliveryVersionNames } from './delivery-version-names.ts';

/** An upload that was stored as an attempt but not made current, and why (from the 202 answer). */
export type HeldUpload = { readonly delivery: DeliveryVersion; readonly hold: DeliveryHold };

/**
 * Says, in the page's language, why an uploaded file did not become current and that the current
 * version is untouched, with the two ways on: look at the quarantine, or make it current anyway.
 * Built like an error summary: an alert inside a box that takes focus.
 */
export function DeliveryHoldNotice({
  held,
  language,
  noticeRef,
  onMakeCurrent,
  onViewQuarantine,
}: {
  held: HeldUpload;
  language: Language;
  noticeRef: Ref<HTMLElement>;
  onMakeCurrent: () => void;
  onViewQuarantine: () => void;
}) {
  const t = accessTexts[language].steward;
  const names = deliveryVersionNames(language);
  const { delivery, hold } = held;
  const group = names.group(delivery);
  const title = useId();
  return (
    <section
      className="hold-notice"
      ref={noticeRef}
      tabIndex={-1}
      aria-labelledby={title}
      data-hold-reason={hold.reason}
    >
      <div role="alert">
        <h2 id={title}>{t.heldTitle}</h2>
        <p>
          {hold.reason === 'no-rows'
            ? t.heldNoRows(delivery.file_name, delivery.rows_quarantined)
            : t.heldShrinks(delivery.file_name, hold.rowsAccepted, hold.currentRows)}{' '}
          {hold.currentDeliveryId ? t.heldUntouched(group, hold.currentRows) : t.heldNoCurrent(group)}
        </p>
        <p>{t.heldAdvice}</p>
      </div>
      <div className="hold-actions">
        <button type="button" onClick={onViewQuarantine}>
          {t.viewQuarantine}
        </button>
        <button type="button" className="hold-make-current" onClick={onMakeCurrent}>
          {t.makeCurrentAnyway}
        </button>
      </div>
    </section>
  );
}
