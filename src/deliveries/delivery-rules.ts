/**
 * Every rule a delivered row can break, with the message the partner reads (NL and EN).
 * Messages say what to fix; `{column}` and `{value}` are filled in from the row.
 */
export const deliveryRules = {
  column_count: {
    nl: 'Deze regel heeft {value} velden, de kopregel heeft er {column}; controleer scheidingstekens en aanhalingstekens.',
    en: 'This row has {value} fields where the header has {column}; check delimiters and quotes.',
  },
  unreadable: {
    nl: 'Deze regel kan niet gelezen worden ({value}); lever hem opnieuw aan als geldige regel.',
    en: 'This row cannot be read ({value}); deliver it again as a valid row.',
  },
  too_long: {
    nl: 'Deze regel is {value} tekens lang, meer dan de {limit} die een regel mag hebben (in een CSV- of JSON lines-bestand: controleer of elke regel met een regeleinde eindigt).',
    en: 'This row is {value} characters long, more than the {limit} a row may have (in a CSV or JSON lines file: check that every row ends with a line break).',
  },
  too_deep: {
    nl: 'Deze regel nest JSON {value} niveaus diep, dieper dan de {limit} die een regel mag; lever elke regel als een plat object met de velden uit docs/data-contract.md.',
    en: 'This row nests JSON {value} levels deep, deeper than the {limit} a row may; deliver each row as a flat object with the fields of docs/data-contract.md.',
  },
  required: {
    nl: 'Veld "{column}" is verplicht en is leeg.',
    en: 'Field "{column}" is required and is empty.',
  },
  type: {
    nl: 'Veld "{column}" heeft de waarde "{value}", die niet het verwachte formaat heeft.',
    en: 'Field "{column}" has the value "{value}", which is not in the expected format.',
  },
  control_character: {
    nl: 'Veld "{column}" bevat een onzichtbaar stuurteken (zoals een NUL-byte, tab of regeleinde), hier getoond als �: "{value}"; verwijder het.',
    en: 'Field "{column}" holds an invisible control character (such as a NUL byte, tab or line break), shown here as �: "{value}"; remove it.',
  },
  range: {
    nl: 'Veld "{column}" heeft de waarde "{value}", buiten het plausibele bereik {limit}; controleer de waarde en de eenheid.',
    en: 'Field "{column}" has the value "{value}", outside the plausible range {limit}; check the value and its unit.',
  },
  date: {
    nl: 'Veld "{column}" heeft "{value}"; gebruik een bestaande datum als JJJJ-MM-DD.',
    en: 'Field "{column}" has "{value}"; use a real date written as YYYY-MM-DD.',
  },
  code_list: {
    nl: 'Veld "{column}" heeft de code "{value}", die niet in de codelijst staat (zie docs/data-contract.md).',
    en: 'Field "{column}" has the code "{value}", which is not in the code list (see docs/data-contract.md).',
  },
  future_date: {
    nl: 'Veld "{column}" ligt in de toekomst ({value}); controleer de datum.',
    en: 'Field "{column}" is in the future ({value}); check the date.',
  },
  incident_after_registration: {
    nl: 'De incidentdatum ({value}) ligt na de registratiedatum; controleer beide datums.',
    en: 'The incident date ({value}) is after the registration date; check both dates.',
  },
  incident_period_order: {
    nl: 'Het einde van de incidentperiode ligt vóór het begin ({value}); controleer beide datums.',
    en: 'The end of the incident period is before its start ({value}); check both dates.',
  },
  offence_regime: {
    nl: 'Delictcode "{value}" hoort niet bij het recht dat gold op de incidentdatum (vóór 1 juli 2024 de oude zedenartikelen, daarna de Wet seksuele misdrijven).',
    en: 'Offence code "{value}" does not belong to the law in force on the incident date (before 1 July 2024 the old articles, from then the Sexual Offences Act).',
  },
  duplicate: {
    nl: 'Deze regel herhaalt id "{value}" uit regel {column} van dezelfde levering; lever elke registratie één keer.',
    en: 'This row repeats id "{value}" from row {column} of the same delivery; deliver each record once.',
  },
  reference: {
    nl: 'Veld "{column}" verwijst naar "{value}", dat niet in de huidige levering van deze bron staat; lever eerst de personen (of registraties) aan, of corrigeer het id.',
    en: 'Field "{column}" refers to "{value}", which is not in the current delivery of this source; deliver the persons (or registrations) first, or correct the id.',
  },
  birth_after_incident: {
    nl: 'Het slachtoffer is volgens de geboortemaand ({value}) geboren na de incidentdatum; controleer beide.',
    en: 'By its birth month ({value}) the victim was born after the incident date; check both.',
  },
  already_stored: {
    nl: 'Id "{value}" is al opgeslagen uit een levering van deze bron over een andere periode; lever elk id in één periode.',
    en: 'Id "{value}" is already stored from a delivery of this source for another period; deliver each id in one period.',
  },
} as const;

export type DeliveryRule = keyof typeof deliveryRules;

export type RowProblem = {
  readonly rowNumber: number;
  readonly column: string | null;
  readonly value: string | null;
  readonly rule: DeliveryRule;
  readonly messageNl: string;
  readonly messageEn: string;
};

/** A control character (U+0000–U+001F, U+007F): never part of an id, code, date or token. */
export const controlCharacterClass = '[\\x00-\\x1f\\x7f]';
const controlCharacters = new RegExp(controlCharacterClass, 'g');

/** A value as a message shows it: at most 200 characters, control characters made visible as U+FFFD. */
export const shownValue = (value: unknown): string => String(value).slice(0, 200).replace(controlCharacters, '\uFFFD');

/** The bound a rule names (`{limit}`), as each language writes it. */
export type RuleLimit = { readonly nl: string; readonly en: string };

/** A number as a bound, with its unit: 36.525 dagen, 36,525 days. */
export const numberLimit = (n: number, unit: RuleLimit = { nl: '', en: '' }): RuleLimit => ({
  nl: `${n.toLocaleString('nl')}${unit.nl ? ` ${unit.nl}` : ''}`,
  en: `${n.toLocaleString('en')}${unit.en ? ` ${unit.en}` : ''}`,
});

/** A row's problem with its messages filled in; `limit` fills `{limit}` where a rule names one. */
export function rowProblem(
  rowNumber: number,
  rule: DeliveryRule,
  column: string | null,
  value: unknown,
  limit: RuleLimit = { nl: '', en: '' },
): RowProblem {
  const text = value === null || value === undefined ? '' : shownValue(value);
  const fill = (t: string, bound: string) =>
    t
      .replaceAll('{column}', column ?? '')
      .replaceAll('{value}', text)
      .replaceAll('{limit}', bound);
  return {
    rowNumber,
    column,
    value: value === null || value === undefined ? null : text,
    rule,
    messageNl: fill(deliveryRules[rule].nl, limit.nl),
    messageEn: fill(deliveryRules[rule].en, limit.en),
  };
}
