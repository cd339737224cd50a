import { useFollowupLocale } from './use-followup-locale.ts';

/** The server's and the browser's messages are in English whatever the page's language: say so to a screen reader. */
export function ErrorDetail({ detail }: { detail: string }) {
  const { t } = useFollowupLocale();
  return (
    <>
      {t.errorDetail} <span lang="en">{detail}</span>
    </>
  );
}
