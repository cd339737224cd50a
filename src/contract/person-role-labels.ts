import type { Label } from './code-list.ts';

// No zod here: the web app imports this file directly; persons.ts makes the code list of it.

/** The roles a person has in a registration, by their code. */
export const personRoleLabels = {
  victim: { nl: 'Slachtoffer', en: 'Victim' },
  suspect: { nl: 'Verdachte', en: 'Suspect' },
} as const satisfies Readonly<Record<string, Label>>;
