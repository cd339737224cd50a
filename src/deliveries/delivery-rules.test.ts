import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RecordType, recordColumns } from '../contract/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { type DeliveryRule, deliveryRules } from './delivery-rules.ts';
import { ingestDelivery } from './ingest-delivery.ts';

// One broken input per rule, with the exact message the partner reads.
const effects = { today: '2026-01-15', now: () => new Date('2026-01-15T10:00:00Z') };
const reg = (extra: Record<string, string> = {}) => {
  const base: Record<string, string> = {
    source: 'police',
    registration_id: 'R1',
    registration_date: '2023-05-02',
    incident_date_from: '2023-04-30',
    incident_date_to: '',
    offence_code: 'SR246',
    setting: 'home_victim',
    online: 'false',
    region: 'PV26',
    victim_person_id: 'V1',
    suspect_person_id: '',
    relationship: 'other_family',
    ...extra,
  };
  return recordColumns.registration.map((c) => base[c] ?? '').join(',');
};
const regFile = (...rows: string[]) => `${recordColumns.registration.join(',')}\n${rows.join('\n')}\n`;
const event = (extra: Record<string, string> = {}) => {
  const base: Record<string, string> = {
    source: 'police',
    event_id: 'E1',
    registration_id: 'R1',
    person_id: '',
    step: 'report',
    event_date: '2023-05-02',
    ...extra,
  };
  return `${recordColumns.case_event.join(',')}\n${recordColumns.case_event.map((c) => base[c] ?? '').join(',')}\n`;
};

type Case = {
  rule: DeliveryRule;
  recordType: RecordType;
  ext?: string;
  text: string;
  period?: string;
  en: string;
  nl: string;
};
const cases: Case[] = [
  {
    rule: 'column_count',
    recordType: 'registration',
    text: regFile('police,R9'),
    en: 'This row has 2 fields where the header has 12; check delimiters and quotes.',
    nl: 'Deze regel heeft 2 velden, de kopregel heeft er 12; controleer scheidingstekens en aanhalingstekens.',
  },
  {
    rule: 'unreadable',
    recordType: 'registration',
    ext: 'jsonl',
    text: '{"source": "police",\n',
    en: 'This row cannot be read (invalid JSON); deliver it again as a valid row.',
    nl: 'Deze regel kan niet gelezen worden (invalid JSON); lever hem opnieuw aan als geldige regel.',
  },
  {
    rule: 'too_long',
    recordType: 'registration',
    ext: 'jsonl',
    text: `{"source": "police"}\n{"x": "${'a'.repeat(1_000_000)}"}\n`,
    en: 'This row is 1000009 characters long, more than the 1,000,000 a row may have (in a CSV or JSON lines file: check that every row ends with a line break).',
    nl: 'Deze regel is 1000009 tekens lang, meer dan de 1.000.000 die een regel mag hebben (in een CSV- of JSON lines-bestand: controleer of elke regel met een regeleinde eindigt).',
  },
  {
    rule: 'too_deep',
    recordType: 'registration',
    ext: 'jsonl',
    text: `{"source": ${'['.repeat(40)}${']'.repeat(40)}}\n`,
    en: 'This row nests JSON 41 levels deep, deeper than the 32 a row may; deliver each row as a flat object with the fields of docs/data-contract.md.',
    nl: 'Deze regel nest JSON 41 niveaus diep, dieper dan de 32 die een regel mag; lever elke regel als een plat object met de velden uit docs/data-contract.md.',
  },
  {
    rule: 'control_character',
    recordType: 'registration',
    text: regFile(reg({ registration_id: 'R\u00009' })),
    en: 'Field "registration_id" holds an invisible control character (such as a NUL byte, tab or line break), shown here as \uFFFD: "R\uFFFD9"; remove it.',
    nl: 'Veld "registration_id" bevat een onzichtbaar stuurteken (zoals een NUL-byte, tab of regeleinde), hier getoond als \uFFFD: "R\uFFFD9"; verwijder het.',
  },
  {
    rule: 'range',
    recordType: 'case_event',
    text: event({ step: 'sentence', sentence_type: 'prison', sentence_days: '1e300' }),
    en: 'Field "sentence_days" has the value "1e300", outside the plausible range 0 to 36,525 days; check the value and its unit.',
    nl: 'Veld "sentence_days" heeft de waarde "1e300", buiten het plausibele bereik 0 tot 36.525 dagen; controleer de waarde en de eenheid.',
  },
  {
    rule: 'required',
    recordType: 'registration',
    text: regFile(reg({ registration_id: '' })),
    en: 'Field "registration_id" is required and is empty.',
    nl: 'Veld "registration_id" is verplicht en is leeg.',
  },
  {
    rule: 'type',
    recordType: 'case_event',
    text: event({ step: 'sentence', sentence_days: 'ten' }),
    en: 'Field "sentence_days" has the value "ten", which is not in the expected format.',
    nl: 'Veld "sentence_days" heeft de waarde "ten", die niet het verwachte formaat heeft.',
  },
  {
    rule: 'date',
    recordType: 'registration',
    text: regFile(reg({ registration_date: '31-02-2023' })),
    en: 'Field "registration_date" has "31-02-2023"; use a real date written as YYYY-MM-DD.',
    nl: 'Veld "registration_date" heeft "31-02-2023"; gebruik een bestaande datum als JJJJ-MM-DD.',
  },
  {
    rule: 'code_list',
    recordType: 'registration',
    text: regFile(reg({ relationship: 'neighbour' })),
    en: 'Field "relationship" has the code "neighbour", which is not in the code list (see docs/data-contract.md).',
    nl: 'Veld "relationship" heeft de code "neighbour", die niet in de codelijst staat (zie docs/data-contract.md).',
  },
  {
    rule: 'future_date',
    recordType: 'case_event',
    text: event({ event_date: '2026-02-01' }),
    en: 'Field "event_date" is in the future (2026-02-01); check the date.',
    nl: 'Veld "event_date" ligt in de toekomst (2026-02-01); controleer de datum.',
  },
  {
    rule: 'incident_after_registration',
    recordType: 'registration',
    text: regFile(reg({ incident_date_from: '2023-05-03' })),
    en: 'The incident date (2023-05-03) is after the registration date; check both dates.',
    nl: 'De incidentdatum (2023-05-03) ligt na de registratiedatum; controleer beide datums.',
  },
  {
    rule: 'incident_period_order',
    recordType: 'registration',
    text: regFile(reg({ incident_date_to: '2023-04-01' })),
    en: 'The end of the incident period is before its start (2023-04-30 – 2023-04-01); check both dates.',
    nl: 'Het einde van de incidentperiode ligt vóór het begin (2023-04-30 – 2023-04-01); controleer beide datums.',
  },
  {
    rule: 'offence_regime',
    recordType: 'registration',
    text: regFile(reg({ offence_code: 'WSM-OPZETAANRANDING' })),
    en: 'Offence code "WSM-OPZETAANRANDING" does not belong to the law in force on the incident date (before 1 July 2024 the old articles, from then the Sexual Offences Act).',
    nl: 'Delictcode "WSM-OPZETAANRANDING" hoort niet bij het recht dat gold op de incidentdatum (vóór 1 juli 2024 de oude zedenartikelen, daarna de Wet seksuele misdrijven).',
  },
  {
    rule: 'duplicate',
    recordType: 'registration',
    text: regFile(reg(), reg()),
    en: 'This row repeats id "R1" from row 1 of the same delivery; deliver each record once.',
    nl: 'Deze regel herhaalt id "R1" uit regel 1 van dezelfde levering; lever elke registratie één keer.',
  },
  {
    rule: 'reference',
    recordType: 'case_event',
    text: event({ registration_id: 'R404' }),
    en: 'Field "registration_id" refers to "R404", which is not in the current delivery of this source; deliver the persons (or registrations) first, or correct the id.',
    nl: 'Veld "registration_id" verwijst naar "R404", dat niet in de huidige levering van deze bron staat; lever eerst de personen (of registraties) aan, of corrigeer het id.',
  },
  {
    rule: 'birth_after_incident',
    recordType: 'registration',
    text: regFile(reg({ registration_id: 'R2', victim_person_id: 'V2' })),
    en: 'By its birth month (2024-01) the victim was born after the incident date; check both.',
    nl: 'Het slachtoffer is volgens de geboortemaand (2024-01) geboren na de incidentdatum; controleer beide.',
  },
  {
    rule: 'already_stored',
    recordType: 'registration',
    period: '2024',
    text: regFile(reg()),
    en: 'Id "R1" is already stored from a delivery of this source for another period; deliver each id in one period.',
    nl: 'Id "R1" is al opgeslagen uit een levering van deze bron over een andere periode; lever elk id in één periode.',
  },
];

let dir: string;
let store: Store;
let n = 0;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-rules-'));
  store = await openStore(join(dir, 'z.duckdb'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const persons = `${recordColumns.person.join(',')}\npolice,V1,victim,F,2010-03,,,,\npolice,V2,victim,F,2024-01,,,,\n`;
  await ingestDelivery(
    store,
    { file: write('p.csv', persons), source: 'police', recordType: 'person', period: '2023' },
    effects,
  );
  await ingestDelivery(
    store,
    { file: write('r.csv', regFile(reg())), source: 'police', recordType: 'registration', period: '2023' },
    effects,
  );
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('every delivery rule', () => {
  it('has a case below', () => {
    expect(cases.map((c) => c.rule).sort()).toEqual((Object.keys(deliveryRules) as DeliveryRule[]).sort());
  });

  cases.forEach((c, index) => {
    it(`${c.rule}: quarantines the row with the exact message in Dutch and English`, async () => {
      const file = join(dir, `case-${n++}.${c.ext ?? 'csv'}`);
      writeFileSync(file, c.text);
      const result = await ingestDelivery(
        store,
        { file, source: 'police', recordType: c.recordType, period: c.period ?? String(2000 + index) },
        effects,
      );
      const problems = await store.all<{ rule: string; message_en: string; message_nl: string }>(
        'SELECT rule, message_en, message_nl FROM quarantine WHERE delivery_id = ? AND rule = ? ORDER BY rowid',
        [result.deliveryId, c.rule],
      );
      expect(problems[0]).toEqual({ rule: c.rule, message_en: c.en, message_nl: c.nl });
    });
  });
});
