import type { Label } from './code-list.ts';

// No zod here: the web app imports this file directly (as it does breakdown-labels.ts);
// sources.ts makes the code list of it.

/** The chain partners that deliver registrations, by their code. */
export const sourceLabels = {
  police: { nl: 'Politie', en: 'Police' },
  om: { nl: 'Openbaar Ministerie', en: 'Public Prosecution Service' },
  courts: { nl: 'Rechtspraak', en: 'Courts' },
  csg: { nl: 'Centrum Seksueel Geweld', en: 'Centre for Sexual Violence' },
  veilig_thuis: { nl: 'Veilig Thuis', en: 'Veilig Thuis (domestic violence and child abuse advice)' },
  victim_support: { nl: 'Slachtofferhulp Nederland', en: 'Victim Support Netherlands' },
  probation: { nl: 'Reclassering', en: 'Probation service' },
} as const satisfies Readonly<Record<string, Label>>;
