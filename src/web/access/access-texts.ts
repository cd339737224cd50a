import type { Language } from '../i18n/index.ts';

const rijen = (n: number) => `${n} ${n === 1 ? 'rij' : 'rijen'}`;
const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;

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
    title: 'Leveringen',
    upload: 'Levering uploaden',
    recordType: 'Soort gegevens',
    period: 'Periode (bijv. 2025, 2025-H1, 2025-Q3)',
    file: 'Bestand (.csv, .jsonl of .xlsx)',
    send: 'Uploaden',
    progress: 'Voortgang van de upload',
    report: 'Validatierapport',
    counts: (r: number, a: number, q: number) => `${rijen(r)} gelezen, ${a} opgeslagen, ${q} in quarantaine`,
    rule: 'Regel',
    rows: 'Rijen',
    example: 'Voorbeeld',
    deliveries: 'Uw leveringen (alle versies)',
    status: 'Status',
    received: 'Ontvangen',
    openReport: 'Rapport tonen',
    recordTypes: {
      registration: 'Registraties',
      person: 'Personen',
      case_event: 'Gebeurtenissen in de strafrechtketen',
    } as Record<string, string>,
    statuses: {
      active: 'Actueel',
      superseded: 'Vervangen',
      rolled_back: 'Teruggedraaid',
      held: 'Wacht op bevestiging',
      pending: 'Wordt verwerkt',
    } as Record<string, string>,
    versionsIntro:
      'Per soort gegevens en periode is één versie actueel; die telt mee in de cijfers. Eerdere versies blijven bewaard.',
    none: 'U heeft nog geen leveringen.',
    group: (type: string, period: string) => `${type} over ${period}`,
    fileName: 'Bestand',
    rowsRead: 'Rijen gelezen',
    rowsAccepted: 'Opgeslagen',
    rowsQuarantined: 'In quarantaine',
    actions: 'Acties',
    fileReceived: (file: string, received: string) => `${file} (ontvangen ${received})`,
    version: (file: string, type: string, period: string, received: string) =>
      `${file} (${type} over ${period}, ontvangen ${received})`,
    stored: (file: string, group: string, accepted: number, quarantined: number) =>
      `${file} is opgeslagen en is nu de actuele versie van ${group}: ${rijen(accepted)} opgeslagen, ${quarantined} in quarantaine.`,
    unchanged: (file: string, group: string) => `${file} is al de actuele versie van ${group}; er is niets veranderd.`,
    reactivated: (file: string, group: string) =>
      `${file} was al eerder geleverd en is weer de actuele versie van ${group}.`,
    heldTitle: 'Het bestand is opgeslagen, maar niet actueel gemaakt',
    heldNoRows: (file: string, quarantined: number) =>
      `Geen enkele rij van ${file} is goedgekeurd: ${quarantined === 1 ? 'de enige rij staat' : `alle ${quarantined} rijen staan`} in quarantaine.`,
    heldShrinks: (file: string, accepted: number, current: number) =>
      `${file} heeft maar ${accepted} ${accepted === 1 ? 'goedgekeurde rij' : 'goedgekeurde rijen'}, terwijl de actuele versie er ${current} heeft: minder dan de helft.`,
    heldUntouched: (group: string, current: number) =>
      `De actuele versie van ${group} blijft ongewijzigd (${rijen(current)}).`,
    heldNoCurrent: (group: string) => `${group} had nog geen actuele versie en heeft die nu ook niet.`,
    heldAdvice:
      'Bekijk de quarantaine om te zien waarom. Maak het bestand alleen toch actueel als het echt de hele periode vervangt; lever anders een volledig bestand.',
    makeCurrentAnyway: 'Toch actueel maken',
    makeCurrent: 'Toch actueel maken',
    viewQuarantine: 'Quarantaine bekijken',
    rollBack: 'Terugdraaien',
    cancel: 'Annuleren',
    confirmMakeCurrentTitle: 'Toch actueel maken?',
    confirmMakeCurrent: (version: string, accepted: number, current: number | null) =>
      current === null
        ? `${version} wordt de actuele versie, met ${rijen(accepted)}. U kunt dit later terugdraaien.`
        : `${version} vervangt dan de actuele versie: ${rijen(accepted)} in plaats van ${current}. De vervangen versie blijft bewaard; u kunt dit later terugdraaien.`,
    confirmMakeCurrentYes: 'Ja, maak het actueel',
    confirmRollBackTitle: 'Versie terugdraaien?',
    confirmRollBack: (version: string, previous: string | null, group: string) =>
      previous === null
        ? `${version} is dan niet meer actueel, en ${group} heeft dan geen actuele versie meer.`
        : `${version} is dan niet meer actueel; ${previous} wordt weer de actuele versie van ${group}.`,
    confirmRollBackYes: 'Ja, draai terug',
    madeCurrent: (file: string, group: string) =>
      `${file} is nu de actuele versie van ${group}. De vorige versie is bewaard.`,
    rolledBack: (file: string, previous: string | null, group: string) =>
      previous === null
        ? `${file} is teruggedraaid; ${group} heeft nu geen actuele versie.`
        : `${file} is teruggedraaid; ${previous} is weer de actuele versie van ${group}.`,
    notStored: 'Het bestand is niet opgeslagen:',
    failed: 'Dat is niet gelukt:',
  },
  analyst: {
    title: 'Koppeling beoordelen',
    intro: 'Paren die de koppeling niet zeker wist. Uw besluit geldt bij de volgende koppelrun.',
    pair: 'Paar',
    probability: 'Kans op dezelfde persoon',
    evidence: 'Gewicht en bijdrage per veld (bits; positief wijst op dezelfde persoon)',
    decision: 'Besluit',
    accept: 'Zelfde persoon',
    reject: 'Verschillende personen',
    decided: { accept: 'zelfde persoon', reject: 'verschillend' },
    estimate: 'Schatting van het totaal',
    none: 'nog geen besluit',
  },
  admin: {
    title: 'Gebruikers en audit',
    users: 'Gebruikers',
    name: 'Naam',
    role: 'Rol',
    organisation: 'Organisatie',
    audit: 'Auditlog (nieuwste eerst)',
    when: 'Wanneer',
    who: 'Wie',
    action: 'Handeling',
    target: 'Doel',
    ip: 'Adres',
    outcome: 'Uitkomst',
    exportCsv: 'Auditlog als CSV',
  },
  officer: { title: 'Beleidsmedewerker', go: 'Naar toezeggingen volgen' },
  account: {
    nav: 'Mijn account',
    title: 'Mijn account',
    current: 'Huidig wachtwoord',
    new: 'Nieuw wachtwoord',
    repeat: 'Herhaal het nieuwe wachtwoord',
    change: 'Wachtwoord wijzigen',
    rule: (n: number) =>
      `Kies een wachtwoord van minstens ${n} tekens; een zin van een paar woorden werkt goed. Na de wijziging worden uw andere sessies beëindigd.`,
    mustChange:
      'U bent ingelogd met een eenmalig wachtwoord van de beheerder. Kies eerst uw eigen wachtwoord; daarna kunt u verder.',
    tooShort: (n: number) => `Het nieuwe wachtwoord is te kort: gebruik minstens ${n} tekens.`,
    mismatch: 'De twee nieuwe wachtwoorden zijn niet gelijk.',
    wrongCurrent: 'Het huidige wachtwoord klopt niet.',
    notTheOneTime: 'Kies een eigen wachtwoord, niet het eenmalige wachtwoord dat u kreeg.',
    changed: 'Uw wachtwoord is gewijzigd. Uw andere sessies zijn beëindigd.',
    continue: 'Verder naar uw werkplek',
  },
  manage: {
    status: 'Status',
    active: 'actief',
    disabled: 'uitgeschakeld',
    locked: 'geblokkeerd na foute wachtwoorden',
    mustChange: 'moet wachtwoord kiezen',
    actions: 'Acties',
    disable: 'Uitschakelen',
    enable: 'Inschakelen',
    reset: 'Wachtwoord resetten',
    oneTime: (name: string, password: string) =>
      `Eenmalig wachtwoord voor ${name}: ${password} — geef het veilig door; het wordt niet nog eens getoond.`,
    done: (name: string, state: string) => `${name} is nu ${state}.`,
  },
  sso: {
    signInWith: (label: string) => `Inloggen met ${label}`,
    or: 'Of log in met het wachtwoord van uw Zicht-account:',
    refused: {
      'no-email': 'Uw organisatie gaf geen bevestigd e-mailadres door; vraag uw beheerder.',
      'unknown-account':
        'Er is geen Zicht-account met het e-mailadres van uw organisatie. Vraag de beheerder van Zicht om een account.',
      disabled: 'Uw Zicht-account is uitgeschakeld; vraag de beheerder het weer in te schakelen.',
      role: 'Uw organisatie geeft u niet de rol die uw Zicht-account heeft; vraag uw beheerder.',
      organisation: 'Uw organisatie bij de identiteitsdienst is niet die van uw Zicht-account; vraag uw beheerder.',
      expired: 'Het inloggen duurde te lang of is niet in deze browser begonnen; probeer het opnieuw.',
      failed: 'Inloggen bij uw organisatie is niet gelukt; probeer het opnieuw of log in met uw wachtwoord.',
    },
  },
  chain: {
    verify: 'Auditlog controleren op wijzigingen',
    intact: (rows: number, seq: number | null, hash: string | null) =>
      `De auditlog is ongeschonden: ${rows} ${rows === 1 ? 'regel' : 'regels'}${seq === null ? '' : `; nieuwste regel ${seq}, hash ${hash}`}.`,
    broken: (seq: number) => `De auditlog is buiten Zicht gewijzigd: de keten breekt bij regel ${seq}.`,
  },
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
    title: 'Deliveries',
    upload: 'Upload a delivery',
    recordType: 'Kind of records',
    period: 'Period (e.g. 2025, 2025-H1, 2025-Q3)',
    file: 'File (.csv, .jsonl or .xlsx)',
    send: 'Upload',
    progress: 'Upload progress',
    report: 'Validation report',
    counts: (r, a, q) => `${rows(r)} read, ${a} stored, ${q} quarantined`,
    rule: 'Rule',
    rows: 'Rows',
    example: 'Example',
    deliveries: 'Your deliveries (all versions)',
    status: 'Status',
    received: 'Received',
    openReport: 'Show report',
    recordTypes: { registration: 'Registrations', person: 'Persons', case_event: 'Case events' },
    statuses: {
      active: 'Current',
      superseded: 'Superseded',
      rolled_back: 'Rolled back',
      held: 'Awaiting confirmation',
      pending: 'Being processed',
    },
    versionsIntro:
      'For each kind of records and period one version is current; that one counts in the figures. Earlier versions are kept.',
    none: 'You have no deliveries yet.',
    group: (type, period) => `${type} for ${period}`,
    fileName: 'File',
    rowsRead: 'Rows read',
    rowsAccepted: 'Stored',
    rowsQuarantined: 'Quarantined',
    actions: 'Actions',
    fileReceived: (file, received) => `${file} (received ${received})`,
    version: (file, type, period, received) => `${file} (${type} for ${period}, received ${received})`,
    stored: (file, group, accepted, quarantined) =>
      `${file} is stored and is now the current version of ${group}: ${rows(accepted)} stored, ${quarantined} quarantined.`,
    unchanged: (file, group) => `${file} already is the current version of ${group}; nothing changed.`,
    reactivated: (file, group) => `${file} was delivered before and is the current version of ${group} again.`,
    heldTitle: 'The file was stored, but not made current',
    heldNoRows: (file, quarantined) =>
      `No row of ${file} was accepted: ${quarantined === 1 ? 'its only row is' : `all ${quarantined} rows are`} in quarantine.`,
    heldShrinks: (file, accepted, current) =>
      `${file} has only ${accepted} accepted ${accepted === 1 ? 'row' : 'rows'} where the current version has ${current}: fewer than half.`,
    heldUntouched: (group, current) => `The current version of ${group} is untouched (${rows(current)}).`,
    heldNoCurrent: (group) => `${group} had no current version and still has none.`,
    heldAdvice:
      'Look at the quarantine to see why. Make the file current anyway only if it really replaces the whole period; otherwise deliver a complete file.',
    makeCurrentAnyway: 'Make it current anyway',
    makeCurrent: 'Make current',
    viewQuarantine: 'View quarantine',
    rollBack: 'Roll back',
    cancel: 'Cancel',
    confirmMakeCurrentTitle: 'Make it current anyway?',
    confirmMakeCurrent: (version, accepted, current) =>
      current === null
        ? `${version} becomes the current version, with ${rows(accepted)}. You can roll this back later.`
        : `${version} then replaces the current version: ${rows(accepted)} instead of ${current}. The replaced version is kept; you can roll this back later.`,
    confirmMakeCurrentYes: 'Yes, make it current',
    confirmRollBackTitle: 'Roll back this version?',
    confirmRollBack: (version, previous, group) =>
      previous === null
        ? `${version} is then no longer current, and ${group} then has no current version.`
        : `${version} is then no longer current; ${previous} becomes the current version of ${group} again.`,
    confirmRollBackYes: 'Yes, roll back',
    madeCurrent: (file, group) => `${file} is now the current version of ${group}. The previous version is kept.`,
    rolledBack: (file, previous, group) =>
      previous === null
        ? `${file} is rolled back; ${group} now has no current version.`
        : `${file} is rolled back; ${previous} is the current version of ${group} again.`,
    notStored: 'The file was not stored:',
    failed: 'That did not work:',
  },
  analyst: {
    title: 'Linkage review',
    intro: 'Pairs the linkage was unsure of. Your decision applies at the next linkage run.',
    pair: 'Pair',
    probability: 'Probability of the same person',
    evidence: 'Weight and each field’s contribution (bits; positive points to the same person)',
    decision: 'Decision',
    accept: 'Same person',
    reject: 'Different people',
    decided: { accept: 'same person', reject: 'different' },
    estimate: 'Estimate of the total',
    none: 'no decision yet',
  },
  admin: {
    title: 'Users and audit',
    users: 'Users',
    name: 'Name',
    role: 'Role',
    organisation: 'Organisation',
    audit: 'Audit log (newest first)',
    when: 'When',
    who: 'Who',
    action: 'Action',
    target: 'Target',
    ip: 'Address',
    outcome: 'Outcome',
    exportCsv: 'Audit log as CSV',
  },
  officer: { title: 'Policy officer', go: 'Go to the follow-up of commitments' },
  account: {
    nav: 'My account',
    title: 'My account',
    current: 'Current password',
    new: 'New password',
    repeat: 'Repeat the new password',
    change: 'Change password',
    rule: (n) =>
      `Choose a password of at least ${n} characters; a sentence of a few words works well. Your other sessions end after the change.`,
    mustChange:
      'You signed in with a one-time password from your administrator. Choose your own password first; then you can go on.',
    tooShort: (n) => `The new password is too short: use at least ${n} characters.`,
    mismatch: 'The two new passwords differ.',
    wrongCurrent: 'The current password is not right.',
    notTheOneTime: 'Choose your own password, not the one-time password you were given.',
    changed: 'Your password has been changed. Your other sessions have ended.',
    continue: 'Go on to your workspace',
  },
  manage: {
    status: 'Status',
    active: 'active',
    disabled: 'disabled',
    locked: 'locked after wrong passwords',
    mustChange: 'must choose a password',
    actions: 'Actions',
    disable: 'Disable',
    enable: 'Enable',
    reset: 'Reset password',
    oneTime: (name, password) =>
      `One-time password for ${name}: ${password} — pass it on safely; it is not shown again.`,
    done: (name, state) => `${name} is now ${state}.`,
  },
  sso: {
    signInWith: (label) => `Sign in with ${label}`,
    or: 'Or sign in with the password of your Zicht account:',
    refused: {
      'no-email': 'Your organisation did not pass on a verified e-mail address; ask your administrator.',
      'unknown-account':
        'There is no Zicht account with your organisation’s e-mail address. Ask the Zicht administrator for an account.',
      disabled: 'Your Zicht account is disabled; ask the administrator to enable it again.',
      role: 'Your organisation does not give you the role your Zicht account has; ask your administrator.',
      organisation:
        'Your organisation at the identity provider is not that of your Zicht account; ask your administrator.',
      expired: 'Signing in took too long or did not start in this browser; please try again.',
      failed: 'Signing in at your organisation failed; try again, or sign in with your password.',
    },
  },
  chain: {
    verify: 'Check the audit log for changes',
    intact: (rows, seq, hash) =>
      `The audit log is intact: ${rows} ${rows === 1 ? 'row' : 'rows'}${seq === null ? '' : `; newest row ${seq}, hash ${hash}`}.`,
    broken: (seq) => `The audit log was changed outside Zicht: the chain breaks at row ${seq}.`,
  },
};

export const accessTexts: Readonly<Record<Language, AccessTexts>> = { nl, en };
