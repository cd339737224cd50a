import type { Language } from '../i18n/index.ts';

type Figures = { precision: string; recall: string; f1: string };
type Range = { first: string; last: string; total: string };

const nl = {
  quality: {
    title: 'Kwaliteit van de koppeling',
    precision: 'Precisie (geschat)',
    recall: 'Volledigheid (geschat)',
    f1: 'F1 (geschat)',
    explain: (f: Figures) =>
      `Dit zijn de eigen schattingen van het koppelmodel, niet gemeten aan de werkelijkheid: van de gekoppelde paren is naar zijn schatting ${f.precision} echt dezelfde persoon (precisie), van de paren die dezelfde persoon zijn vindt het ${f.recall} (volledigheid), en F1 (${f.f1}) weegt die twee samen.`,
    noModel:
      'Deze koppeling gebruikte alleen exacte sleutels; zonder model is er geen eigen schatting van precisie en volledigheid.',
    persons: (p: { records: string; victims: string; suspects: string }) =>
      `${p.records} persoonsrecords → ${p.victims} kinderen en ${p.suspects} verdachten.`,
    refused: (n: number, shown: string) =>
      `${shown} ${n === 1 ? 'samenvoeging geweigerd' : 'samenvoegingen geweigerd'} omdat de twee groepen verschillende BSN-tokens hadden.`,
    outweighed: (n: number, shown: string) =>
      `${shown} ${n === 1 ? 'samenvoeging geweigerd' : 'samenvoegingen geweigerd'} omdat de vergeleken registraties van de twee groepen er samen op wezen dat het verschillende personen zijn.`,
    refusedUnknown: 'Deze koppelrun telde de geweigerde samenvoegingen nog niet.',
    queue: (p: { total: string; open: string; decided: string }) =>
      `Ter beoordeling: ${p.total} paren, waarvan ${p.open} open en ${p.decided} beoordeeld.`,
    methods: {
      'fellegi-sunter': 'Fellegi–Sunter met Bloom-filters',
      'fellegi-sunter-tokens': 'Fellegi–Sunter op exacte sleutels',
      exact: 'exacte sleutels',
    },
    ran: (method: string, finishedAt: string) => `Methode: ${method}; koppeling klaar op ${finishedAt} (UTC).`,
    calibrated: (pairs: string) =>
      `De schatting is geijkt op ${pairs} paren waarvan beide registraties een BSN hebben: daar is bekend of het één kind is.`,
    none: 'Er is nog geen koppeling: draai eerst de pijplijn (`npx zicht pipeline`).',
  },
  queue: {
    title: 'Te beoordelen paren',
    filters: 'Paren filteren',
    role: 'Rol',
    source: 'Bron (aan een van beide kanten)',
    band: 'Kans op dezelfde persoon',
    decision: 'Besluit',
    all: 'Alle',
    bands: {
      'likely-match': 'Waarschijnlijk dezelfde persoon (75% of meer)',
      uncertain: 'Onzeker (25% tot 75%)',
      'likely-non-match': 'Waarschijnlijk verschillend (minder dan 25%)',
    },
    decisions: { open: 'Nog geen besluit', accept: 'Zelfde persoon', reject: 'Verschillende personen' },
    apply: 'Filteren',
    range: (r: Range) => `Paren ${r.first}–${r.last} van ${r.total}`,
    empty: 'Geen paren bij deze filters.',
    pages: 'Bladeren door de paren',
    previous: 'Vorige paren',
    next: 'Volgende paren',
    loading: 'Paren laden…',
    roleColumn: 'Rol',
  },
  fields: {
    bsn: 'BSN',
    name: 'naam',
    first_name: 'voornaam',
    surname: 'achternaam',
    dob: 'geboortedatum',
    name_dob: 'naam en geboortedatum',
    birth_year_month: 'geboortejaar en -maand',
    sex: 'geslacht',
    context: 'regio en voorval',
    kept_apart: 'door een bron apart gehouden',
    calibration: 'correctie uit paren met BSN',
  } as Record<string, string>,
};
export type LinkageReviewTexts = typeof nl;

const en: LinkageReviewTexts = {
  quality: {
    title: 'Linkage quality',
    precision: 'Precision (estimated)',
    recall: 'Recall (estimated)',
    f1: 'F1 (estimated)',
    explain: (f) =>
      `These are the linkage model’s own estimates, not measured against the truth: of the pairs it links, by its estimate ${f.precision} really are the same person (precision), of the pairs that are the same person it finds ${f.recall} (recall), and F1 (${f.f1}) weighs the two together.`,
    noModel: 'This linkage used exact keys only; without a model there is no estimate of its own precision and recall.',
    persons: (p) => `${p.records} person records → ${p.victims} children and ${p.suspects} suspects.`,
    refused: (n, shown) =>
      `${shown} ${n === 1 ? 'merge' : 'merges'} refused because the two groups held different BSN tokens.`,
    outweighed: (n, shown) =>
      `${shown} ${n === 1 ? 'merge' : 'merges'} refused because the compared records of the two groups, taken together, pointed to different people.`,
    refusedUnknown: 'This linkage run did not count refused merges yet.',
    queue: (p) => `Review queue: ${p.total} pairs to review, ${p.open} open and ${p.decided} decided.`,
    methods: {
      'fellegi-sunter': 'Fellegi–Sunter with Bloom filters',
      'fellegi-sunter-tokens': 'Fellegi–Sunter on exact keys',
      exact: 'exact keys',
    },
    ran: (method, finishedAt) => `Method: ${method}; linkage finished at ${finishedAt} (UTC).`,
    calibrated: (pairs) =>
      `The estimate is calibrated on ${pairs} pairs whose two records both carry a BSN: for those it is known whether they are one child.`,
    none: 'No linkage has run yet: run the pipeline first (`npx zicht pipeline`).',
  },
  queue: {
    title: 'Pairs to review',
    filters: 'Filter the pairs',
    role: 'Role',
    source: 'Source (on either side)',
    band: 'Probability of the same person',
    decision: 'Decision',
    all: 'All',
    bands: {
      'likely-match': 'Likely the same person (75% or more)',
      uncertain: 'Uncertain (25% to 75%)',
      'likely-non-match': 'Likely different (under 25%)',
    },
    decisions: { open: 'No decision yet', accept: 'Same person', reject: 'Different people' },
    apply: 'Filter',
    range: (r) => `Pairs ${r.first}–${r.last} of ${r.total}`,
    empty: 'No pairs match these filters.',
    pages: 'Page through the pairs',
    previous: 'Previous pairs',
    next: 'Next pairs',
    loading: 'Loading pairs…',
    roleColumn: 'Role',
  },
  fields: {
    bsn: 'BSN',
    name: 'name',
    first_name: 'first name',
    surname: 'surname',
    dob: 'date of birth',
    name_dob: 'name and date of birth',
    birth_year_month: 'birth year and month',
    sex: 'sex',
    context: 'region and incident',
    kept_apart: 'kept apart by a source',
    calibration: 'correction from pairs with a BSN',
  },
};

/** The texts of the analyst's linkage review page: the linkage's quality and the review queue. */
export const linkageReviewTexts: Readonly<Record<Language, LinkageReviewTexts>> = { nl, en };
