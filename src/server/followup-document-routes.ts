import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  canonicalJson,
  convertToPdf,
  decisionMemo,
  type EditionRecord,
  LibreOfficeMissingError,
  loadDocumentRecord,
  type OfficialDocument,
  policyLetter,
  renderDocx,
} from '../followup/index.ts';
import type { Store } from '../store/index.ts';
import { knownPeople } from './followup-workspace-routes.ts';

export type FollowupDocumentRoutesOptions = { readonly store: Store };

const versionOf = (q: unknown) => ((q as { version?: string }).version === 'internal' ? 'internal' : 'public');
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Writes the .docx in a private temporary folder, converts it with LibreOffice and returns the PDF's bytes. */
async function pdfOf(docx: Buffer, name: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'zicht-followup-pdf-'));
  try {
    const path = join(dir, `${name}.docx`);
    await writeFile(path, docx);
    const [pdf] = await convertToPdf([path], dir);
    return await readFile(pdf as string);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The letter and the nota of an edition as .docx and PDF. The public version exists only once the
 * letter was sent to Parliament (404 before), built from the record frozen at sending; the internal
 * version (officers; route policy) from the live record, with the redactions confirmed so far.
 */
export const followupDocumentRoutes: FastifyPluginAsync<FollowupDocumentRoutesOptions> = async (app, { store }) => {
  const documentRecord = async (editionId: string, version: 'internal' | 'public') =>
    loadDocumentRecord(store, editionId, version, await knownPeople(store));

  const documents = {
    letter: (record: EditionRecord, version: 'internal' | 'public') => policyLetter(record, version),
    nota: (record: EditionRecord, version: 'internal' | 'public') => decisionMemo(record, version),
  } satisfies Record<string, (record: EditionRecord, version: 'internal' | 'public') => OfficialDocument>;
  const fileName = { letter: 'beleidsreactie', nota: 'nota' } as const;

  // a public version never changes once sent (until the Kamerstuk number is added): its PDF is made once
  const publicPdfs = new Map<string, Buffer>();
  const cachedPdf = async (key: string | null, make: () => Promise<Buffer>) => {
    const cached = key ? publicPdfs.get(key) : undefined;
    if (cached) return cached;
    const pdf = await make();
    if (key) {
      if (publicPdfs.size >= 20) publicPdfs.delete(publicPdfs.keys().next().value as string);
      publicPdfs.set(key, pdf);
    }
    return pdf;
  };

  for (const kind of ['letter', 'nota'] as const) {
    const render = async (request: FastifyRequest) => {
      const { id } = request.params as { id: string };
      const version = versionOf(request.query);
      const record = await documentRecord(id, version);
      const docx = await renderDocx(documents[kind](record, version));
      const key =
        version === 'public' ? `${kind}:${createHash('sha256').update(canonicalJson(record)).digest('hex')}` : null;
      return { docx, name: `${fileName[kind]}-${id}-${version}`, key };
    };
    app.get(`/api/followup/editions/:id/${kind}.docx`, async (request, reply: FastifyReply) => {
      const { docx, name } = await render(request);
      return reply.type(docxType).header('content-disposition', `attachment; filename="${name}.docx"`).send(docx);
    });
    app.get(`/api/followup/editions/:id/${kind}.pdf`, async (request, reply: FastifyReply) => {
      const { docx, name, key } = await render(request);
      try {
        const pdf = await cachedPdf(key, () => pdfOf(docx, name));
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${name}.pdf"`)
          .send(pdf);
      } catch (error) {
        if (!(error instanceof LibreOfficeMissingError)) throw error;
        return reply.code(503).send({
          error: `PDF is not available on this server: ${error.message} The .docx is: ${request.url.replace(/\.pdf/, '.docx')}.`,
          problems: [],
        });
      }
    });
  }
};
