/**
 * The Tekst of a toezegging as the Kamer's register writes it: "De minister zegt toe de Kamer
 * voor de zomer te informeren over …". The tracker stores what was promised as an infinitive
 * clause ("De Kamer informeren over X"); this puts "te" where Dutch wants it ("de Kamer te
 * informeren over X", "af te ronden", "te laten opleveren"). It only does so for verbs it knows and
 * a clause whose verb ends it (or is followed by a prepositional tail); when unsure it keeps the
 * words as written after "zegt toe:" rather than write bad Dutch.
 */

/** Infinitive → its te-form; separable verbs split ("afronden" → "af te ronden"). */
const separable: Record<string, string> = {
  aanbieden: 'aan',
  aanleveren: 'aan',
  aanpassen: 'aan',
  afronden: 'af',
  afstemmen: 'af',
  bijstellen: 'bij',
  indienen: 'in',
  ingaan: 'in',
  invoeren: 'in',
  inzetten: 'in',
  meenemen: 'mee',
  nagaan: 'na',
  opleveren: 'op',
  opnemen: 'op',
  opstellen: 'op',
  terugkomen: 'terug',
  terugkoppelen: 'terug',
  toelichten: 'toe',
  toesturen: 'toe',
  toezenden: 'toe',
  uitbreiden: 'uit',
  uitvoeren: 'uit',
  uitwerken: 'uit',
  vastleggen: 'vast',
  vaststellen: 'vast',
  voorbereiden: 'voor',
  voorleggen: 'voor',
  bekendmaken: 'bekend',
};
const plain = new Set([
  'agenderen',
  'beantwoorden',
  'bekijken',
  'beleggen',
  'bespreken',
  'betrekken',
  'bezien',
  'brengen',
  'delen',
  'doen',
  'evalueren',
  'financieren',
  'geven',
  'herzien',
  'houden',
  'informeren',
  'laten',
  'maken',
  'melden',
  'monitoren',
  'nemen',
  'onderzoeken',
  'ondersteunen',
  'ontwikkelen',
  'organiseren',
  'publiceren',
  'rapporteren',
  'regelen',
  'sturen',
  'treffen',
  'verbeteren',
  'verduidelijken',
  'verkennen',
  'versterken',
  'verstrekken',
  'versturen',
  'verzenden',
  'vragen',
  'wijzigen',
  'zenden',
  'zorgen',
]);
/** Words that may follow the verb: a prepositional or subordinate tail ("informeren over X"). */
const tailStarts = new Set([
  'over',
  'op',
  'aan',
  'met',
  'naar',
  'in',
  'bij',
  'voor',
  'tot',
  'van',
  'uit',
  'om',
  'zodat',
  'dat',
  'waarin',
  'waarmee',
  'wanneer',
  'hoe',
  'of',
  'als',
  'nadat',
  'zodra',
  'omtrent',
  'inzake',
  'betreffende',
  'rond',
  'rondom',
  'door',
  'via',
  'per',
  'na',
  'binnen',
  'tegen',
]);
const determiners = new Set(['het', 'de', 'een', 'dit', 'deze', 'dat', 'die', 'zijn', 'haar', 'hun']);
const keepCapital = new Set(['Kamer', 'Tweede', 'Eerste', 'Rapporteur', 'Nationaal', 'Nationale', 'Rijk']);

const bare = (word: string) => word.toLowerCase().replace(/[.,;:!?)]+$/, '');
const isVerb = (word: string) => bare(word) in separable || plain.has(bare(word));
const teForm = (word: string) => {
  const verb = bare(word);
  const prefix = separable[verb];
  const trailing = word.slice(verb.length);
  return `${prefix ? `${prefix} te ${verb.slice(prefix.length)}` : `te ${verb}`}${trailing}`;
};

const subordinators = new Set([
  'hoe',
  'dat',
  'of',
  'waarom',
  'wanneer',
  'om',
  'zodat',
  'die',
  'welke',
  'waarin',
  'waarmee',
  'nadat',
  'zodra',
  'als',
  'omdat',
  'wat',
  'wie',
  'waar',
]);

/**
 * One infinitive clause with "te" in place, or undefined when the clause is not clearly one. The
 * main verb is the verb cluster that ends the clause ("… laten opleveren", "… afronden") unless a
 * subordinate clause comes first; otherwise the first verb followed by a prepositional tail
 * ("informeren over …"). A verb after an article is a noun ("het onderzoeken"); one after "te" is taken.
 */
function withTe(clause: string): string | undefined {
  const words = clause.trim().split(/\s+/);
  const before = (i: number) => bare(words[i - 1] ?? '');
  const candidate = (i: number) => isVerb(words[i] ?? '') && !determiners.has(before(i)) && before(i) !== 'te';
  const clusterStart = (i: number) => {
    let k = i;
    while (k > 0 && candidate(k - 1) && !/[,;:]$/.test(words[k - 1] ?? '')) k--;
    return k;
  };
  const put = (i: number) => [...words.slice(0, i), teForm(words[i] ?? ''), ...words.slice(i + 1)].join(' ');
  const last = words.length - 1;
  if (candidate(last)) {
    const start = clusterStart(last);
    if (!words.slice(0, start).some((w) => subordinators.has(bare(w)))) return put(start);
  }
  for (let i = 0; i < words.length; i++) {
    if (!candidate(i)) continue;
    let j = i + 1;
    while (j < words.length && candidate(j)) j++;
    if (j === words.length || /[,;:]$/.test(words[j - 1] ?? '') || tailStarts.has(bare(words[j] ?? ''))) return put(i);
  }
  return undefined;
}

const lowerFirst = (text: string) => {
  const first = text.split(/\s+/)[0] ?? '';
  if (keepCapital.has(first) || /^.[A-Z0-9]/.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
};

/** "De minister" or "De staatssecretaris" from the post's title ("Minister voor Rechtsbescherming"). */
export function registerSubject(title: string): string {
  const t = title.trim().toLowerCase();
  if (t.startsWith('minister-president')) return 'De minister-president';
  if (t.startsWith('staatssecretaris')) return 'De staatssecretaris';
  if (t.startsWith('minister')) return 'De minister';
  return 'De bewindspersoon';
}

/** The infinitive clause with "te" placed, or undefined when the tracker is not sure. */
export function teInfinitive(what: string): string | undefined {
  const text = what.trim().replace(/\.$/, '');
  if (/^te\s/i.test(text)) return text;
  const whole = withTe(text);
  // "X beleggen en de randvoorwaarden op orde brengen": each part of a coordination gets its own "te"
  const parts = text.split(/\s+en\s+/);
  if (parts.length > 1) {
    const each = parts.map(withTe);
    if (each.every((p) => p !== undefined) && each.every((p, k) => p !== parts[k])) return each.join(' en ');
  }
  return whole;
}

/** The register's Tekst: "De minister zegt toe <clause>." */
export function registerText(what: string, title: string): string {
  const subject = registerSubject(title);
  const text = what.trim();
  if (/zegt\s+toe\b/i.test(text)) return text;
  const end = /[.!?]$/.test(text) ? '' : '.';
  if (/^(dat|om)\s/i.test(text)) return `${subject} zegt toe ${lowerFirst(text)}${end}`;
  const clause = teInfinitive(text);
  if (clause) return `${subject} zegt toe ${lowerFirst(clause)}${end}`;
  return `${subject} zegt toe: ${text}${end}`;
}
