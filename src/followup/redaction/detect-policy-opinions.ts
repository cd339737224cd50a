import { departmentCodes } from './redaction-lexicon.ts';
import { splitSentences } from './split-sentences.ts';

/** Where a text stands: internal consultation (workflow comments, reasons), the nota, or the public letter. */
export type TextSetting = 'consultation' | 'nota' | 'public';

/** A sentence that gives a personal or departmental opinion on policy (Woo art. 5.2). */
export type OpinionFinding = {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly reason: string;
};

const opinionVerb =
  '(?:vindt|vinden|acht|achten|meent|menen|is van mening|zijn van mening|is het (?:niet )?(?:mee )?eens|zijn het (?:niet )?(?:mee )?eens|is geen voorstander|is (?:er )?tegen|heeft (?:er )?(?:bezwaar|moeite)|hebben (?:er )?(?:bezwaar|moeite)|pleit|pleiten|betreurt|betreuren|vreest|vrezen|betwijfelt|betwijfelen|ziet liever|zien liever|wil liever|willen liever|geeft de voorkeur|geven de voorkeur)';

/** Words that judge a text or a policy: "te defensief", "onverstandig", "zwak". */
const evaluative =
  /(?<![\p{L}\p{N}])(?:te (?:defensief|voorzichtig|stellig|vaag|zwak|mager|ambitieus|terughoudend|optimistisch|rooskleurig|somber|stevig|abstract|algemeen|vrijblijvend|soft|hard|negatief|positief|weinig concreet)|onverstandig|onwenselijk|ongelukkig|onhandig|zwak|zwakke|mager|magere|teleurstellend|kwalijk|jammer|riskant|naïef|onrealistisch|onhaalbaar|overbodig|overdreven|ongepast|onacceptabel|onaanvaardbaar|vrijblijvend|defensief|defensieve|slecht|slechte|niet verstandig|niet wenselijk|niet handig|geen goed idee|politiek gevoelig|oneens|het niet eens|niet mee eens|geen voorstander)(?![\p{L}\p{N}])/iu;

/** First person singular: an opinion wherever it stands. */
const personalOpinion =
  /(?<![\p{L}\p{N}])(?:naar mijn (?:mening|oordeel|idee|smaak|gevoel)|mijns inziens|m\.i\.|ik (?:vind|denk|meen|acht|vrees|betwijfel|betreur|pleit|zou liever|heb liever|ben (?:het )?(?:niet )?(?:mee )?eens|ben geen voorstander|ben (?:er )?tegen|heb (?:er )?bezwaar)|(?:vind|denk|meen|acht|vrees) ik)(?![\p{L}\p{N}])/iu;

/** First person plural: the department speaking in internal consultation. */
const ourOpinion = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:naar onze (?:mening|oordeel|idee|smaak)|ons inziens|o\\.i\\.|(?:wij|we) ${opinionVerb}|(?:vinden|denken|menen|achten|vrezen|betwijfelen|betreuren) (?:wij|we)|(?:wij|we) (?:denken|zouden liever|hebben liever))(?![\\p{L}\\p{N}])`,
  'iu',
);

const departmentName = '(?:[\\p{L}&]+(?:/[\\p{L}&]+)?|(?:onze|de) directie|ons (?:ministerie|departement))';
const attributedOpinion = new RegExp(
  `(?<![\\p{L}])(${departmentName})\\s+${opinionVerb}(?![\\p{L}])|(?<![\\p{L}])${opinionVerb}\\s+(${departmentName})(?![\\p{L}])`,
  'giu',
);
const taggedJudgement = new RegExp(`(?<![\\p{L}])(${departmentName})\\s*:`, 'giu');
const accordingTo = new RegExp(`(?<![\\p{L}])volgens\\s+(${departmentName})(?![\\p{L}])`, 'giu');

const isDepartment = (name: string | undefined) => {
  if (!name) return false;
  const lower = name.toLowerCase();
  return /directie|ministerie|departement/.test(lower) || departmentCodes.has(lower.split('/')[0] ?? '');
};

/** The first match of `pattern` whose captured name is a department. */
const departmentMatch = (pattern: RegExp, sentence: string) =>
  [...sentence.matchAll(pattern)].find((m) => isDepartment(m[1] ?? m[2]));

/** Why a sentence is a personal policy opinion in `setting`, or null when it is not one. */
export function opinionIn(sentence: string, setting: TextSetting): string | null {
  const judged = evaluative.exec(sentence)?.[0];
  const personal = personalOpinion.exec(sentence)?.[0];
  if (personal) return `persoonlijke beleidsopvatting ("${personal}")`;
  const attributed = departmentMatch(attributedOpinion, sentence);
  // In the letter "OCW vindt het belangrijk dat …" is the cabinet's position; only a judgement is an opinion.
  if (attributed && (setting !== 'public' || judged)) {
    return `beleidsopvatting van een departement in intern beraad ("${attributed[0].trim()}")`;
  }
  if (judged && (departmentMatch(accordingTo, sentence) || departmentMatch(taggedJudgement, sentence))) {
    return `beleidsopvatting van een departement in intern beraad ("${judged}")`;
  }
  if (setting !== 'consultation') return null;
  const ours = ourOpinion.exec(sentence)?.[0];
  if (ours) return `persoonlijke beleidsopvatting in intern beraad ("${ours}")`;
  if (judged) return `persoonlijke beleidsopvatting in intern beraad ("${judged}")`;
  return null;
}

/**
 * Sentences giving a personal or a department's opinion on policy. In internal consultation any
 * judgement counts ("te defensief", "vinden wij"); in the nota a department's stated view; in the
 * letter only a first-person or a department's judgement, since "wij" there is the cabinet.
 * Factual remarks ("akkoord", "tekstuele aanpassing in alinea 3") are no opinion.
 */
export function detectPolicyOpinions(text: string, setting: TextSetting): OpinionFinding[] {
  return splitSentences(text).flatMap((s) => {
    const reason = opinionIn(s.text, setting);
    return reason ? [{ ...s, reason }] : [];
  });
}
