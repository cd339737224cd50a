import { useEffect, useRef, useState } from 'react';
import type { DeliveryVersion, ValidationReport } from '../../deliveries/index.ts';
import { useLoaded } from '../followup/use-loaded.ts';
import type { Language } from '../i18n/index.ts';
import { accessApi, confirmDelivery, rollbackDelivery } from './access-api.ts';
import { accessTexts } from './access-texts.ts';
import { ConfirmDialog, type ConfirmRequest } from './confirm-dialog.tsx';
import { DeliveryHoldNotice, type HeldUpload } from './delivery-hold-notice.tsx';
import { DeliveryUploadForm, type UploadAnswer } from './delivery-upload-form.tsx';
import { deliveryVersionNames } from './delivery-version-names.ts';
import { DeliveryVersionsTable } from './delivery-versions-table.tsx';
import { ValidationReportView } from './validation-report-view.tsx';

/** Where focus goes after an action: the notice that says how it went, or the report asked for. */
type FocusTarget = 'status' | 'alert' | 'held' | 'report';
type Failure = { readonly lead: string; readonly detail: string };

const sameGroup = (a: DeliveryVersion, b: DeliveryVersion) =>
  a.source === b.source && a.record_type === b.record_type && a.period === b.period;
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The data steward: upload a delivery with progress, read its validation report, and see every
 * version per record type and period; make a held version current or roll back the current one.
 */
export function StewardHome({ language }: { language: Language }) {
  const t = accessTexts[language].steward;
  const names = deliveryVersionNames(language);
  const deliveries = useLoaded(() => accessApi.get<DeliveryVersion[]>('/api/deliveries'), 'deliveries');
  const versions = deliveries.state.status === 'ready' ? deliveries.state.value : [];
  const [report, setReport] = useState<ValidationReport | null>(null);
  const [held, setHeld] = useState<HeldUpload | null>(null);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [confirming, setConfirming] = useState<ConfirmRequest | null>(null);

  const refs = {
    status: useRef<HTMLDivElement>(null),
    alert: useRef<HTMLParagraphElement>(null),
    held: useRef<HTMLElement>(null),
    report: useRef<HTMLHeadingElement>(null),
  };
  const [focus, setFocus] = useState<{ target: FocusTarget; round: number } | null>(null);
  const focusOn = (target: FocusTarget) => setFocus((f) => ({ target, round: (f?.round ?? 0) + 1 }));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the refs are stable; `focus` says when and where.
  useEffect(() => {
    if (focus) refs[focus.target].current?.focus();
  }, [focus]);

  function tell(text: string) {
    setFailure(null);
    setMessage(text);
    focusOn('status');
  }
  function fail(lead: string, error: unknown) {
    setMessage('');
    setFailure({ lead, detail: messageOf(error) });
    focusOn('alert');
  }

  function answered(answer: UploadAnswer) {
    setReport(answer.report);
    deliveries.reload();
    const d = answer.report.delivery;
    const group = names.group(d);
    if (answer.status === 'held' && answer.hold) {
      setMessage('');
      setFailure(null);
      setHeld({ delivery: d, hold: answer.hold });
      focusOn('held');
      return;
    }
    setHeld(null);
    if (answer.status === 'stored') tell(t.stored(d.file_name, group, answer.rowsAccepted, answer.rowsQuarantined));
    else if (answer.status === 'unchanged') tell(t.unchanged(d.file_name, group));
    else tell(t.reactivated(d.file_name, group));
  }

  async function showReport(deliveryId: string) {
    try {
      setReport(await accessApi.get<ValidationReport>(`/api/deliveries/${encodeURIComponent(deliveryId)}/report`));
      focusOn('report');
    } catch (e) {
      fail(t.failed, e);
    }
  }

  async function act(d: DeliveryVersion, change: () => Promise<string>) {
    try {
      const done = await change();
      if (held?.delivery.delivery_id === d.delivery_id) setHeld(null);
      tell(done);
    } catch (e) {
      fail(t.failed, e);
    }
    deliveries.reload();
  }

  function askMakeCurrent(d: DeliveryVersion) {
    const current = versions.find((v) => v.status === 'active' && sameGroup(v, d));
    setConfirming({
      title: t.confirmMakeCurrentTitle,
      message: t.confirmMakeCurrent(names.version(d), d.rows_accepted, current ? current.rows_accepted : null),
      confirmLabel: t.confirmMakeCurrentYes,
      onConfirm: () =>
        void act(d, async () => {
          await confirmDelivery(d.delivery_id);
          return t.madeCurrent(d.file_name, names.group(d));
        }),
    });
  }

  function askRollBack(d: DeliveryVersion) {
    const previous = versions.find((v) => v.delivery_id === d.supersedes);
    setConfirming({
      title: t.confirmRollBackTitle,
      message: t.confirmRollBack(names.version(d), previous ? names.fileReceived(previous) : null, names.group(d)),
      confirmLabel: t.confirmRollBackYes,
      onConfirm: () =>
        void act(d, async () => {
          const { current } = await rollbackDelivery(d.delivery_id);
          const again = versions.find((v) => v.delivery_id === current);
          return t.rolledBack(d.file_name, again ? names.fileReceived(again) : current, names.group(d));
        }),
    });
  }

  return (
    <>
      <h1>{t.title}</h1>
      <section aria-labelledby="upload">
        <h2 id="upload">{t.upload}</h2>
        <DeliveryUploadForm
          language={language}
          onAnswer={answered}
          onFailure={(e) => {
            setHeld(null);
            fail(t.notStored, e);
          }}
        />
      </section>
      <div className="steward-notices">
        <div role="status" className="steward-status" ref={refs.status} tabIndex={-1}>
          {message && <p>{message}</p>}
        </div>
        {failure && (
          <p role="alert" className="form-error" ref={refs.alert} tabIndex={-1}>
            {failure.lead} <span lang="en">{failure.detail}</span>
          </p>
        )}
        {held && (
          <DeliveryHoldNotice
            held={held}
            language={language}
            noticeRef={refs.held}
            onViewQuarantine={() => void showReport(held.delivery.delivery_id)}
            onMakeCurrent={() =>
              askMakeCurrent(versions.find((v) => v.delivery_id === held.delivery.delivery_id) ?? held.delivery)
            }
          />
        )}
      </div>
      {report && <ValidationReportView report={report} language={language} headingRef={refs.report} />}
      <section aria-labelledby="versions">
        <h2 id="versions">{t.deliveries}</h2>
        <p>{t.versionsIntro}</p>
        {deliveries.state.status === 'error' && (
          <p role="alert" className="form-error">
            {t.failed} <span lang="en">{deliveries.state.detail}</span>
          </p>
        )}
        {deliveries.state.status === 'ready' && versions.length === 0 && <p>{t.none}</p>}
        {versions.length > 0 && (
          <DeliveryVersionsTable
            versions={versions}
            language={language}
            onReport={(d) => void showReport(d.delivery_id)}
            onRollBack={askRollBack}
            onMakeCurrent={askMakeCurrent}
          />
        )}
      </section>
      <ConfirmDialog request={confirming} cancelLabel={t.cancel} onClose={() => setConfirming(null)} />
    </>
  );
}
