import type { Language } from '../i18n/index.ts';

const nl = {
  brandTagline: 'werkplek',
  skip: 'Naar de inhoud',
  signInTitle: 'Inloggen',
  signInIntro: 'Log in met het account dat de beheerder u gaf. De openbare monitor heeft geen account nodig.',
  email: 'E-mailadres',
  password: 'Wachtwoord',
  signIn: 'Inloggen',
  signOut: 'Uitloggen',
  signedInAs: (name: string, role: string) => `Ingelogd als ${name} (${role})`,
  loading: 'Laden…',
  switchTo: 'English',
  monitor: 'Monitor',
  steward: {
    title: 'Leveringen', upload: 'Levering uploaden', recordType: 'Soort gegevens', period: 'Periode (bijv. 2025, 2025-H1, 2025-Q3)',
    file: 'Bestand (.csv, .jsonl of .xlsx)', send: 'Uploaden', progress: 'Voortgang van de upload', report: 'Validatierapport',
    counts: (r: number, a: number, q: number) => `${r} rijen gelezen, ${a} opgeslagen, ${q} in quarantaine`,
    rule: 'Regel', rows: 'Rijen', example: 'Voorbeeld', deliveries: 'Uw leveringen (alle versies)', status: 'Status', received: 'Ontvangen',
    openReport: 'Rapport tonen',
  },
  analyst: {
    title: 'Koppeling beoordelen', intro: 'Paren die de koppeling niet zeker wist. Uw besluit geldt bij de volgende koppelrun.',
    pair: 'Paar', probability: 'Kans op dezelfde persoon', evidence: 'Gewicht en bijdrage per veld (bits; positief wijst op dezelfde persoon)', decision: 'Besluit', accept: 'Zelfde persoon', reject: 'Verschillende personen',
    decided: { accept: 'zelfde persoon', reject: 'verschillend' }, estimate: 'Schatting van het totaal', none: 'nog geen besluit',
  },
  admin: {
    title: 'Gebruikers en audit', users: 'Gebruikers', name: 'Naam', role: 'Rol', organisation: 'Organisatie', audit: 'Auditlog (nieuwste eerst)',
    when: 'Wanneer', who: 'Wie', action: 'Handeling', target: 'Doel', ip: 'Adres', outcome: 'Uitkomst', exportCsv: 'Auditlog als CSV',
  },
  officer: { title: 'Beleidsmedewerker', go: 'Naar toezeggingen volgen' },
};
export type AccessTexts = typeof nl;

const en: AccessTexts = {
  brandTagline: 'workspace',
  skip: 'Skip to content',
  signInTitle: 'Sign in',
  signInIntro: 'Sign in with the account your administrator gave you. The public monitor needs no account.',
  email: 'E-mail address',
  password: 'Password',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: (name, role) => `Signed in as ${name} (${role})`,
  loading: 'Loading…',
  switchTo: 'Nederlands',
  monitor: 'Monitor',
  steward: {
    title: 'Deliveries', upload: 'Upload a delivery', recordType: 'Kind of records', period: 'Period (e.g. 2025, 2025-H1, 2025-Q3)',
    file: 'File (.csv, .jsonl or .xlsx)', send: 'Upload', progress: 'Upload progress', report: 'Validation report',
    counts: (r, a, q) => `${r} rows read, ${a} stored, ${q} quarantined`,
    rule: 'Rule', rows: 'Rows', example: 'Example', deliveries: 'Your deliveries (all versions)', status: 'Status', received: 'Received',
    openReport: 'Show report',
  },
  analyst: {
    title: 'Linkage review', intro: 'Pairs the linkage was unsure of. Your decision applies at the next linkage run.',
    pair: 'Pair', probability: 'Probability of the same person', evidence: 'Weight and each field’s contribution (bits; positive points to the same person)', decision: 'Decision', accept: 'Same person', reject: 'Different people',
    decided: { accept: 'same person', reject: 'different' }, estimate: 'Estimate of the total', none: 'no decision yet',
  },
  admin: {
    title: 'Users and audit', users: 'Users', name: 'Name', role: 'Role', organisation: 'Organisation', audit: 'Audit log (newest first)',
    when: 'When', who: 'Who', action: 'Action', target: 'Target', ip: 'Address', outcome: 'Outcome', exportCsv: 'Audit log as CSV',
  },
  officer: { title: 'Policy officer', go: 'Go to the follow-up of commitments' },
};

export const accessTexts: Readonly<Record<Language, AccessTexts>> = { nl, en };
