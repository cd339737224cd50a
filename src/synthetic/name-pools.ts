import type { Rng } from '../random/index.ts';
import { dutchNames } from './dutch-names.ts';

/**
 * How common names are, so that two unrelated children share a full name and birth date about as
 * rarely as in the Netherlands. The Dutch surname register (Nederlandse Familienamenbank) counts
 * over 300,000 surnames; the commonest, De Jong, is borne by about 0.5 % of people and the sixty
 * commonest together by about 9 % (the sixtieth about 0.08 %: a Zipf law with exponent ½ over the
 * head). Given names are less spread: the top name of a birth year is given to about 1 % of
 * children and the forty commonest to about a quarter (exponent 0.3). Otherwise a name comes from a
 * long tail: surnames built from one or two Dutch place-name parts (Oosterveld, van der Hoek,
 * Hoogzandbergen) or a patronymic (Pietersen), given names from a wider list. All invented
 * combinations.
 */
export const namePoolRates = {
  /** share of people with one of the sixty commonest surnames */
  surnameHead: 0.09,
  /** share of children with one of the forty commonest given names of their sex */
  givenNameHead: 0.25,
} as const;

const zipf = <T>(items: readonly T[], exponent: number) => {
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((_, rank) => {
    total += (rank + 1) ** -exponent;
    cumulative.push(total);
  });
  return (rng: Rng): T => {
    const u = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return items[lo] as T;
  };
};

const leading = [
  'Ooster',
  'Wester',
  'Noorder',
  'Zuider',
  'Hoog',
  'Laag',
  'Groen',
  'Zand',
  'Oud',
  'Nieuw',
  'Hol',
  'Rooze',
  'Vree',
  'Linde',
  'Elzen',
  'Wil',
  'Kool',
  'Mol',
  'Steen',
  'Haver',
  'Braak',
  'Kerk',
  'Molen',
  'Vos',
  'Bloem',
  'Eik',
  'Beuk',
  'Riet',
  'Klein',
  'Groot',
  'Lange',
  'Korte',
  'Bree',
  'Doorn',
  'Hazel',
  'Esch',
  'Ter',
  'Ravens',
  'Wolf',
  'Haan',
  'Valk',
  'Zwaan',
  'Kraai',
  'Heide',
  'Ham',
  'Hamer',
  'Smeets',
  'Baars',
  'Swart',
  'Wit',
];
const roots = [
  'berg',
  'veld',
  'dijk',
  'bosch',
  'hoek',
  'kamp',
  'horst',
  'broek',
  'hof',
  'laar',
  'meer',
  'straten',
  'wijk',
  'hout',
  'beek',
  'donk',
  'hage',
  'heuvel',
  'sloot',
  'weg',
  'burg',
  'loo',
  'brink',
  'stein',
  'voort',
  'dam',
  'mans',
  'ink',
  'ing',
  'ema',
];
const endings = ['', 'en', 'er', 's'];
const tailPrefixes = ['', '', '', '', 'van', 'van de', 'van den', 'van der', 'ter', 'de'];
const patronymBases = [
  'Pieter',
  'Jan',
  'Willem',
  'Hendrik',
  'Gerrit',
  'Dirk',
  'Claes',
  'Adriaan',
  'Cornelis',
  'Jacob',
  'Maarten',
  'Harm',
  'Klaas',
  'Evert',
  'Wouter',
  'Lambert',
  'Gijs',
  'Thijs',
  'Reinder',
  'Sijbrand',
];
const patronymEndings = ['sen', 'se', 's', 'zoon', 'sma'];

const headSurname = zipf(dutchNames.surnames, 0.5);

/** One surname [tussenvoegsel, surname]: the common head as often as in the Netherlands, else the tail. */
export function drawDutchSurname(rng: Rng): readonly [string, string] {
  if (rng.bernoulli(namePoolRates.surnameHead)) return headSurname(rng);
  if (rng.bernoulli(0.05)) return ['', `${rng.pick(patronymBases)}${rng.pick(patronymEndings)}`];
  const prefix = rng.pick(tailPrefixes);
  const second = rng.bernoulli(0.4) ? rng.pick(leading).toLowerCase() : '';
  const word = `${rng.pick(leading)}${second}${rng.pick(roots)}${rng.pick(endings)}`;
  return [prefix, word];
}

const wider = {
  girls: [
    'Olivia',
    'Nora',
    'Sofie',
    'Lauren',
    'Elin',
    'Ella',
    'Lena',
    'Luna',
    'Vera',
    'Loïs',
    'Norah',
    'Charlotte',
    'Eva',
    'Jill',
    'Fay',
    'Mia',
    'Ivy',
    'Lara',
    'Sophia',
    'Hailey',
    'Liz',
    'Isabella',
    'Elise',
    'Puck',
    'Lynn',
    'Merel',
    'Kiki',
    'Benthe',
    'Romy',
    'Nova',
    'Anouk',
    'Sanne',
    'Ilse',
    'Lieve',
    'Rosa',
    'Nienke',
    'Marit',
    'Silke',
    'Jade',
    'Feline',
    'Myrthe',
    'Amber',
    'Indy',
    'Nikki',
    'Lizzy',
    'Bo',
    'Dewi',
    'Elena',
    'Hira',
    'Aya',
    'Nour',
    'Salma',
    'Ikram',
    'Imane',
    'Dounia',
    'Meryem',
    'Elif',
    'Zeynep',
    'Ecrin',
    'Defne',
    'Ayla',
    'Mirthe',
    'Tara',
    'Veerle',
    'Loes',
    'Janna',
    'Suus',
    'Tirza',
    'Hilde',
    'Wietske',
    'Sietske',
    'Froukje',
    'Geertje',
    'Aukje',
    'Ymke',
    'Jente',
    'Femm',
    'Linde',
    'Evie',
    'Zara',
  ],
  boys: [
    'Adam',
    'Luca',
    'Boaz',
    'Mats',
    'Julian',
    'Sam',
    'Hugo',
    'Max',
    'Otis',
    'Benjamin',
    'Morris',
    'Siem',
    'Jack',
    'Tobias',
    'Olivier',
    'Ties',
    'Jurre',
    'Mason',
    'Vince',
    'David',
    'Floris',
    'Dani',
    'Guus',
    'Jayden',
    'Lars',
    'Mick',
    'Nick',
    'Thomas',
    'Jasper',
    'Joep',
    'Pepijn',
    'Quinten',
    'Rens',
    'Sepp',
    'Tygo',
    'Vigo',
    'Ayden',
    'Bilal',
    'Ilyas',
    'Yusuf',
    'Zakaria',
    'Amir',
    'Emir',
    'Eymen',
    'Kerem',
    'Yasin',
    'Hamza',
    'Anas',
    'Idris',
    'Ruben',
    'Stan',
    'Wessel',
    'Hidde',
    'Sjoerd',
    'Wytse',
    'Jelle',
    'Douwe',
    'Tjeerd',
    'Bauke',
    'Auke',
    'Germ',
    'Kasper',
    'Lennard',
    'Maarten',
    'Laurens',
    'Reinout',
    'Tijn',
    'Job',
    'Owen',
    'Noud',
    'Fedde',
    'Melle',
    'Kai',
    'Duco',
    'Bart',
    'Rik',
    'Ids',
    'Jorrit',
  ],
} as const;

const headGiven = { F: zipf(dutchNames.girls, 0.3), M: zipf(dutchNames.boys, 0.3) };

/** One given name of a child of that sex: the forty commonest as often as in the Netherlands, else a wider list. */
export function drawGivenName(rng: Rng, sex: 'F' | 'M'): string {
  if (rng.bernoulli(namePoolRates.givenNameHead)) return headGiven[sex](rng);
  return rng.pick(sex === 'F' ? wider.girls : wider.boys);
}
