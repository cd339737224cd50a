import { type FormEvent, useState } from 'react';
import type { IngestResult, ValidationReport } from '../../deliveries/index.ts';
import type { Language } from '../i18n/index.ts';
import { uploadDelivery } from './access-api.ts';
import { accessTexts } from './access-texts.ts';

const recordTypes = ['registration', 'person', 'case_event'] as const;

/** The answer to an upload: 201 stored, 200 unchanged or reactivated, 202 held (with why). */
export type UploadAnswer = IngestResult & { readonly report: ValidationReport };

/** The upload form: record type (in words), period and file, sent with a progress bar. */
export function DeliveryUploadForm({
  language,
  onAnswer,
  onFailure,
}: {
  language: Language;
  onAnswer: (answer: UploadAnswer) => void;
  onFailure: (error: unknown) => void;
}) {
  const t = accessTexts[language].steward;
  const [progress, setProgress] = useState<number | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File)) return;
    setProgress(0);
    try {
      const query = new URLSearchParams({
        recordType: String(form.get('recordType')),
        period: String(form.get('period')),
        fileName: file.name,
      });
      const answer = await uploadDelivery<UploadAnswer>(query, file, setProgress);
      setProgress(1);
      onAnswer(answer);
    } catch (e) {
      setProgress(null);
      onFailure(e);
    }
  }
  return (
    <>
      <form className="followup-form upload-form" onSubmit={submit}>
        <label>
          {t.recordType}
          <select name="recordType">
            {recordTypes.map((r) => (
              <option key={r} value={r}>
                {t.recordTypes[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.period}
          <input name="period" required pattern="\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]|\d{4}))?" />
        </label>
        <label className="wide">
          {t.file}
          <input name="file" type="file" required accept=".csv,.jsonl,.ndjson,.xlsx" />
        </label>
        <button type="submit">{t.send}</button>
      </form>
      {progress !== null && (
        <label className="upload-progress">
          {t.progress}
          <progress max={1} value={progress}>
            {Math.round(progress * 100)}%
          </progress>
        </label>
      )}
    </>
  );
}
