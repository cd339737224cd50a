import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const sofficePath = process.env.SOFFICE_PATH ?? 'soffice';

export class LibreOfficeMissingError extends Error {
  constructor() {
    super(
      `LibreOffice (soffice) was not found as "${sofficePath}". Install it with ` +
        '`apt-get install -y --no-install-recommends libreoffice-writer` (or set SOFFICE_PATH).',
    );
    this.name = 'LibreOfficeMissingError';
  }
}

async function hasSoffice(): Promise<boolean> {
  if (sofficePath.includes('/')) return existsSync(sofficePath);
  try {
    await run('sh', ['-c', `command -v ${sofficePath}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts .docx files to PDF with LibreOffice headless, next to each input (or into `outDir`).
 * One soffice run for all files; a private profile so parallel runs do not share a lock.
 */
export async function convertToPdf(docxPaths: readonly string[], outDir?: string): Promise<string[]> {
  if (!(await hasSoffice())) throw new LibreOfficeMissingError();
  const profile = await mkdtemp(join(tmpdir(), 'zicht-soffice-'));
  const target = outDir ?? dirname(docxPaths[0] ?? '.');
  try {
    await run(
      sofficePath,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        target,
        ...docxPaths,
      ],
      {
        timeout: 120_000,
      },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdfs = docxPaths.map((p) => join(target, basename(p).replace(/\.docx$/i, '.pdf')));
  const missing = pdfs.filter((p) => !existsSync(p));
  if (missing.length) throw new Error(`LibreOffice did not write ${missing.join(', ')}: the .docx may be invalid.`);
  return pdfs;
}
