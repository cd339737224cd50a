import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { attackDifference, readPublishedSite } from '../attack/index.ts';
import { maxNoise } from '../disclosure/index.ts';
import { readEdition } from './create-edition.ts';
import { EditionError } from './edition-error.ts';
import { disclosureThreshold, protectionLevel } from './protect-edition-tables.ts';
import { publishEdition } from './publish-edition.ts';
import type { Store } from '../store/index.ts';

/** Which edition the site directory holds, written beside its pages (`edition.json`, public like them). */
export const siteManifestSchema = z.object({
  editionId: z.string(),
  title: z.string(),
  period: z.object({ from: z.number().int(), to: z.number().int() }),
  publishedAt: z.string(),
  files: z.number().int(),
  /** The outside attack before publication: counts it bounded (none too narrowly, or nothing is published), seconds. */
  audit: z.object({ counts: z.number().int(), seconds: z.number(), comparedWith: z.string().nullable() }).optional(),
});
export type SiteManifest = z.infer<typeof siteManifestSchema>;

const manifestFile = 'edition.json';

/** The manifest of the site in `siteDir`, or null when nothing was published there through `publishToSite`. */
export async function readSiteManifest(siteDir: string): Promise<SiteManifest | null> {
  const text = await readFile(join(siteDir, manifestFile), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  return text === null ? null : siteManifestSchema.parse(JSON.parse(text));
}

/**
 * Publishes an edition with `publishEdition` (what `zicht publish` calls) into a fresh folder beside
 * `siteDir`, then swaps it in: readers see the old site or the new one, never half of one, and no
 * page of an earlier edition is left behind. Publications to one site wait in the store's
 * `publish:<site>` queue, so two analysts publishing at once swap whole sites one after the other.
 */
export async function publishToSite(
  store: Store,
  editionId: string,
  siteDir: string,
  now: () => Date,
): Promise<SiteManifest> {
  return store.serialise(`publish:${resolve(siteDir)}`, () => publishNow(store, editionId, siteDir, now));
}

async function publishNow(store: Store, editionId: string, siteDir: string, now: () => Date): Promise<SiteManifest> {
  const edition = await readEdition(store, editionId);
  const target = resolve(siteDir);
  const stamp = now().getTime();
  const fresh = join(dirname(target), `.${basename(target)}-new-${stamp}`);
  const old = join(dirname(target), `.${basename(target)}-old-${stamp}`);
  try {
    let audit = { counts: 0, seconds: 0 };
    const files = await publishEdition(store, edition.id, fresh, { onAudit: (a) => (audit = a) });
    const previous = await readSiteManifest(target);
    if (previous) audit = { ...audit, seconds: audit.seconds + (await refuseDifferencing(target, fresh)) };
    const manifest: SiteManifest = {
      editionId: edition.id,
      title: edition.title,
      period: edition.period,
      publishedAt: now().toISOString(),
      files: files.length,
      audit: { ...audit, comparedWith: previous?.editionId ?? null },
    };
    await writeFile(join(fresh, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
    const hadSite = await rename(target, old).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    try {
      await rename(fresh, target);
    } catch (error) {
      if (hadSite) await rename(old, target);
      throw error;
    }
    if (hadSite) await rm(old, { recursive: true, force: true });
    return manifest;
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}

/**
 * The outside attack on the site being replaced and its successor together: a count whose change
 * between the two it can pin to a few records (a correction that removed three registrations)
 * stops publication. Returns the seconds it took.
 */
async function refuseDifferencing(oldSite: string, newSite: string): Promise<number> {
  const started = performance.now();
  const report = await attackDifference(await readPublishedSite(oldSite), await readPublishedSite(newSite), {
    maxNoise,
    protection: protectionLevel,
    threshold: disclosureThreshold,
  });
  const first = report.revealed[0];
  if (first)
    throw new EditionError(
      `disclosure: subtracting the published site from this edition gives ${report.revealed.length} count(s) of changed records, e.g. ${first.tableId} [${Object.values(first.row).join(', ')}] ${first.column}: ${first.low}–${first.high}. Nothing is published.`,
    );
  return (performance.now() - started) / 1000;
}
