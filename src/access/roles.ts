/** Who may sign in: each role has its own way into Zicht. The public needs no account. */
export const roles = ['administrator', 'steward', 'analyst', 'officer', 'minister-office'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Readonly<Record<Role, { readonly nl: string; readonly en: string }>> = {
  administrator: { nl: 'beheerder', en: 'administrator' },
  steward: { nl: 'gegevensbeheerder van een ketenpartner', en: 'partner data steward' },
  analyst: { nl: 'analist', en: 'analyst' },
  officer: { nl: 'beleidsmedewerker', en: 'policy officer' },
  'minister-office': { nl: 'bewindspersoonsstaf', en: "minister's office" },
};

/** Roles that belong to a ministry: their `organisation` is a department code (JenV, VWS, …). */
export const departmentRoles: readonly Role[] = ['officer', 'minister-office'];

/** A signed-in user as the server sees them on each request. */
export type Principal = {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  /**
   * For stewards: the source code of their organisation (police, csg, …); for officers and the
   * minister's office: their department's code (JenV, VWS, …); null for other roles.
   */
  readonly organisation: string | null;
};
