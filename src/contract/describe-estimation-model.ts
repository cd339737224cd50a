import { estimationListLabels } from './breakdown-labels.ts';
import type { Label } from './code-list.ts';

type Lang = keyof Label;

const join = (items: readonly string[], lang: Lang): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;

/** The model families the published rule combines (`ModelFamily` in src/estimation), in words. */
const familyWords: Record<string, Label> = {
  pairwise: { nl: 'log-lineaire modellen met paren van bronnen', en: 'log-linear models of pairs of sources' },
  heterogeneity: {
    nl: 'een model met een gemeenschappelijke term voor zichtbaarheid',
    en: 'a model with a common term for visibility',
  },
  'latent-class': {
    nl: 'latente klassen (groepen kinderen die verschillend zichtbaar zijn)',
    en: 'latent classes (groups of children who differ in visibility)',
  },
};

const heterogeneityFamilies = ['pairwise', 'heterogeneity', 'latent-class'] as const;

/**
 * The families a stored estimate's published figure combines, read from its side-by-side
 * sensitivity (each family marked `published`); undefined for an estimate stored without it.
 */
export function combinedFamilies(
  sensitivity:
    | readonly { readonly family: string; readonly published?: boolean; readonly status?: string }[]
    | undefined,
): string[] | undefined {
  return sensitivity?.filter((f) => f.published === true && f.status === 'ok').map((f) => f.family);
}

/**
 * The estimate's model in words for readers ('independence + justice×csg + heterogeneity' becomes
 * a sentence); the formula itself belongs on the methods page. A model in another form is
 * described generically rather than shown raw. `combined`: the families the published figure
 * combines when the data point to heterogeneity (the `published` families of the stored
 * sensitivity); when it is given, the sentence names them and the ones left out, and describes the
 * pairwise model only when it counts.
 */
export function describeEstimationModel(
  model: string,
  lang: Lang,
  method?: string,
  combined?: readonly string[],
): string {
  const sentence = describeModel(model, lang);
  if (method !== 'pairwise-and-heterogeneity') return sentence;
  const visible =
    lang === 'nl'
      ? 'De gegevens wijzen erop dat sommige kinderen voor alle bronnen beter zichtbaar zijn dan andere; hoeveel kinderen dat verbergt, hangt af van hoe je dat modelleert.'
      : 'The data suggest that some children are more visible to every source than others; how many children that hides depends on how it is modelled.';
  const known = combined?.filter((f) => familyWords[f]);
  if (!known || known.length === 0)
    return lang === 'nl'
      ? `${sentence} ${visible} Het interval omvat daarom ook modellen daarvan (een gemeenschappelijke term en latente klassen, behalve een model dat de geregistreerde tabel veel slechter beschrijft dan een ander), en de schatting ligt tussen hun uitkomsten.`
      : `${sentence} ${visible} The interval therefore also takes in models of it (a common term and latent classes, except a model that describes the registered table far worse than another), and the estimate lies between their results.`;
  const words = (families: readonly string[]) =>
    join(
      families.map((f) => (familyWords[f] as Label)[lang]),
      lang,
    );
  const leftOut = heterogeneityFamilies.filter((f) => !known.includes(f));
  const left =
    leftOut.length === 0
      ? ''
      : lang === 'nl'
        ? ` Niet meegeteld: ${words(leftOut)}; ${leftOut.length === 1 ? 'dat beschrijft' : 'die beschrijven'} de geregistreerde tabel slechter dan de andere of gaf geen bruikbaar getal.`
        : ` Not counted: ${words(leftOut)}; ${leftOut.length === 1 ? 'it describes' : 'they describe'} the registered table worse than the others or gave no usable number.`;
  const from =
    known.length === 1
      ? lang === 'nl'
        ? `De schatting en het interval komen uit ${words(known)}.`
        : `The estimate and its interval come from ${words(known)}.`
      : lang === 'nl'
        ? `De schatting ligt tussen de uitkomsten van ${words(known)}, en het interval houdt met al hun uitkomsten rekening.`
        : `The estimate lies between the results of ${words(known)}, and the interval allows for all of them.`;
  // the pairwise model is described only when it counts: a reader should not meet a model the figure does not use
  return known.includes('pairwise') ? `${sentence} ${visible} ${from}${left}` : `${visible} ${from}${left}`;
}

function describeModel(model: string, lang: Lang): string {
  const terms = model.split('+').map((t) => t.trim());
  if (terms[0] !== 'independence')
    return lang === 'nl'
      ? 'Een statistisch model dat vergelijkt welke kinderen door welke bronnen zijn geregistreerd; de methode beschrijft het.'
      : 'A statistical model that compares which children were registered by which sources; the methods page describes it.';
  const name = (list: string) => estimationListLabels[list]?.[lang] ?? list.replaceAll('_', ' ');
  const pairs = terms
    .filter((t) => t.split('×').length === 2)
    .map((t) =>
      t
        .split('×')
        .map(name)
        .join(lang === 'nl' ? ' en ' : ' and '),
    );
  const heterogeneity = terms.includes('heterogeneity');
  const lists = new Set(terms.flatMap((t) => (t.includes('×') ? t.split('×') : [])));
  const everyPair = lists.size >= 3 && pairs.length === (lists.size * (lists.size - 1)) / 2;
  const parts: string[] = [];
  if (pairs.length === 0)
    parts.push(
      lang === 'nl' ? 'de bronnen registreren onafhankelijk van elkaar' : 'the sources register independently',
    );
  else if (everyPair)
    parts.push(
      lang === 'nl'
        ? 'elk paar bronnen mag samenhangen (de ene bron verwijst door naar de andere)'
        : 'every pair of sources may be related (one source refers children to another)',
    );
  else
    parts.push(
      lang === 'nl'
        ? `samenhang is toegestaan tussen ${pairs.join(', en tussen ')}`
        : `a relation is allowed between ${pairs.join(', and between ')}`,
    );
  if (heterogeneity)
    parts.push(
      lang === 'nl'
        ? 'sommige kinderen zijn voor alle bronnen beter zichtbaar dan andere'
        : 'some children are more visible to every source than others',
    );
  return lang === 'nl'
    ? `Log-lineair model waarin ${join(parts, lang)}.`
    : `Log-linear model in which ${join(parts, lang)}.`;
}

/** The covariate model's terms ('age band×each list'): the covariates the pipeline gives it. */
const covariateWords: Record<string, Label> = {
  'age band': { nl: 'leeftijdsgroep', en: 'age band' },
  sex: { nl: 'geslacht', en: 'sex' },
  'each list': { nl: 'elke lijst', en: 'each list' },
};

const latentClassModel =
  /^latent classes: up to (\d+), on average ([\d.]+) occupied \((\d+) chains × ([\d,]+) iterations\)$/;

/**
 * A model formula for the analyst's tables, in the reader's language and with the lists' names
 * instead of their codes: 'independence + justice×csg + heterogeneity' becomes 'onafhankelijkheid +
 * politie en justitie × Centrum Seksueel Geweld + heterogeniteit'. Pairs written 'a:b' are read the
 * same way; a term it does not know is kept as it is.
 */
export function modelFormula(model: string, lang: Lang): string {
  const latent = latentClassModel.exec(model);
  if (latent) {
    const [, classes, occupied, chains, iterations] = latent as unknown as [string, string, string, string, string];
    const count = Number(iterations.replaceAll(',', '')).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
    const mean = lang === 'nl' ? occupied.replace('.', ',') : occupied;
    return lang === 'nl'
      ? `latente klassen: hoogstens ${classes}, gemiddeld ${mean} bezet (${chains} ketens × ${count} iteraties)`
      : `latent classes: up to ${classes}, on average ${mean} occupied (${chains} chains × ${count} iterations)`;
  }
  const name = (list: string) => estimationListLabels[list]?.[lang] ?? covariateWords[list]?.[lang] ?? list;
  const words: Record<string, Label> = {
    independence: { nl: 'onafhankelijkheid', en: 'independence' },
    heterogeneity: { nl: 'heterogeniteit', en: 'heterogeneity' },
  };
  return model
    .split('+')
    .map((term) => {
      const t = term.trim();
      const word = words[t];
      if (word) return word[lang];
      const lists = t.split(/[×:]/);
      return lists.length > 1 ? lists.map(name).join(' × ') : name(t);
    })
    .join(' + ');
}
