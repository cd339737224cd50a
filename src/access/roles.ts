/** Who may sign in: each role has its own way into Zicht. The public needs no account. */
export const roles = ['administrator', 'steward', 'analyst', 'officer'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Readonly<Record<Role, { readonly nl: string; readonly en: string }>> = {
  administrator: { nl: 'beheerder', en: 'administrator' },
  steward: { nl: 'gegevensbeheerder van een ketenpartner', en: 'partner data steward' },
  analyst: { nl: 'analist', en: 'analyst' },
  officer: { nl: 'beleidsmedewerker', en: 'policy officer' },
};

/** A signed-in user as the server sees them on each request. */
export type Principal = {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  /** For stewards: the source code of their organisation (police, csg, …); null for other roles. */
  readonly organisation: string | null;
};
