import { followupApiPath } from './followup-api.ts';
import { useOfficerTexts } from './officer-texts.ts';
import { useWorkspace } from './workspace-context.ts';

const sent = ['sent-to-parliament', 'published'];

/** The letter and the nota as .docx and PDF: internal versions always, public ones once the letter is sent. */
export function DocumentsPanel() {
  const t = useOfficerTexts();
  const d = t.documents;
  const { workspace, editionId } = useWorkspace();
  const url = (file: string, internal: boolean) =>
    followupApiPath(`editions/${encodeURIComponent(editionId)}/${file}${internal ? '?version=internal' : ''}`);
  const links = (internal: boolean) => (
    <ul className="document-links">
      {(
        [
          ['letter.docx', d.letterDocx],
          ['letter.pdf', d.letterPdf],
          ['nota.docx', d.notaDocx],
          ['nota.pdf', d.notaPdf],
        ] as const
      ).map(([file, label]) => (
        <li key={file}>
          <a href={url(file, internal)} download data-document={`${internal ? 'internal' : 'public'}-${file}`}>
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <h2>{d.heading}</h2>
      <section aria-labelledby="documents-internal">
        <h3 id="documents-internal">{d.internal}</h3>
        <p className="field-hint">{d.internalHint}</p>
        {links(true)}
      </section>
      <section aria-labelledby="documents-public">
        <h3 id="documents-public">{d.public}</h3>
        {sent.includes(workspace.workflow?.state ?? 'draft') ? (
          <>
            <p className="field-hint">{d.publicHint}</p>
            {links(false)}
          </>
        ) : (
          <p>{d.publicNotYet}</p>
        )}
      </section>
    </>
  );
}
