import * as z from 'zod/mini';

// The page data of GET /api/monitor: one definition for the server that builds it and the web app
// that checks it on arrival. zod/mini keeps the browser bundle small, so import this file directly.

const labelSchema = z.object({ nl: z.string(), en: z.string() });
const count = z.int().check(z.nonnegative());
/** A count withheld by disclosure control is null, with the reason. */
const withheld = z.optional(z.enum(['threshold', 'dominance', 'secondary']));

export const monitorSummarySchema = z.object({
  edition: z.object({ yearFrom: z.int(), yearTo: z.int(), generatedAt: z.string() }),
  sources: z.array(z.object({ code: z.string(), label: labelSchema })),
  /** Counts below this are withheld. */
  disclosureThreshold: z.int(),
  victimsPerYearBySource: z.array(
    z.object({ year: z.int(), source: z.string(), victims: z.nullable(count), withheld }),
  ),
  victimsPerYear: z.array(z.object({ year: z.int(), registered: z.nullable(count), withheld })),
  estimate: z.nullable(
    z.object({
      observed: count,
      hidden: z.number(),
      total: z.number(),
      lower: z.number(),
      upper: z.number(),
      model: z.string(),
      /** The published rule (`pairwise` or `pairwise-and-heterogeneity`); absent before it was stored. */
      method: z.optional(z.string()),
      /** The model families the figure combines (`combinedFamilies`); absent before it was stored. */
      families: z.optional(z.array(z.string())),
      sources: z.array(z.string()),
      period: z.object({ from: z.int(), to: z.int() }),
    }),
  ),
  // which stages ran and how long they took; their log lines (exact counts of rows and persons) stay inside
  pipeline: z.array(z.object({ stage: z.string(), durationMs: z.number() })),
});

export type MonitorSummary = Readonly<z.infer<typeof monitorSummarySchema>>;
export type MonitorEstimate = NonNullable<MonitorSummary['estimate']>;
export type MonitorSource = MonitorSummary['sources'][number];

/** Parses the API's JSON; on a mismatch the result names every offending path. */
export function parseMonitorSummary(
  json: unknown,
): { ok: true; summary: MonitorSummary } | { ok: false; errors: string[] } {
  const result = monitorSummarySchema.safeParse(json);
  if (result.success) return { ok: true, summary: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
