/**
 * What makes two spellings of one person's name the same name, worked out on the partner's machine
 * before anything is encoded: call names (roepnamen), transliterations, Dutch surname particles.
 * The linkage never sees a name, so every variant it should tolerate has to become a shared
 * feature of the Bloom filter here.
 */

/**
 * Names that stand for one another, first the group's key. Dutch call names of the traditional
 * given names (Johannes → Hans, Jan; Cornelis → Kees), their short forms, and common
 * transliterations of Arabic, Tigrinya, Dari and Turkish given names. A name may be in several
 * groups (Jan for Johannes and Adrianus, Nelleke for Cornelia and Petronella). Public conventions,
 * not a list of anyone's names.
 */
const nameGroups: readonly (readonly string[])[] = [
  ['johannes', 'jan', 'hans', 'johan', 'joop', 'jo', 'hannes', 'jean', 'john', 'jon'],
  ['johanna', 'anne', 'jo', 'hanna', 'hannah', 'hanneke', 'jannie', 'janny', 'joke', 'anja', 'jana'],
  ['cornelis', 'kees', 'cor', 'corne', 'niels', 'neeltje'],
  ['cornelia', 'corrie', 'cor', 'nelleke', 'neeltje', 'nel', 'lia', 'corry'],
  ['hendrik', 'henk', 'hein', 'hendrikus', 'henry', 'henri', 'rik', 'riky'],
  ['hendrika', 'riek', 'rieky', 'henny', 'drika'],
  ['wilhelmina', 'mien', 'willemijn', 'wil', 'willy', 'minke', 'mina', 'helma', 'wilma'],
  ['willem', 'wilhelmus', 'wim', 'pim', 'willy', 'william', 'wil'],
  ['elisabeth', 'lisa', 'els', 'elise', 'liesbeth', 'betty', 'bep', 'lies', 'elizabeth', 'elisa', 'lisette'],
  ['catharina', 'karin', 'tineke', 'ina', 'rina', 'trijntje', 'katrien', 'kitty', 'catrien', 'cato', 'katharina'],
  ['jacobus', 'koos', 'jaap', 'jaco', 'jakob', 'jacob', 'co', 'sjaak'],
  ['jacoba', 'coby', 'co', 'jacqueline', 'jaqueline'],
  ['adrianus', 'arie', 'jan', 'ad', 'adri', 'aad', 'adrian'],
  ['adriana', 'jeanne', 'ria', 'janny', 'adrie'],
  ['gerardus', 'gerard', 'gert', 'gerrit', 'ger', 'geert', 'sjors'],
  ['petronella', 'nel', 'nelly', 'nelleke', 'pietje', 'petra', 'ella', 'nell', 'pieternella'],
  ['petrus', 'piet', 'peter', 'pieter', 'pier', 'pierre'],
  [
    'maria',
    'marie',
    'mia',
    'mies',
    'mieke',
    'ria',
    'marieke',
    'mariska',
    'mary',
    'maryam',
    'mariam',
    'meryem',
    'miriam',
  ],
  ['antonius', 'anton', 'toon', 'ton', 'teun', 'tonnie', 'tony', 'antoon'],
  ['franciscus', 'frans', 'frank', 'sjef', 'cees'],
  ['josephus', 'jozef', 'joseph', 'sjef', 'jos', 'joep', 'josef'],
  ['theodorus', 'theo', 'dorus', 'ted', 'door'],
  ['bernardus', 'ben', 'bernard', 'bennie', 'bert'],
  ['albertus', 'albert', 'bert', 'appie', 'ab'],
  ['aleida', 'alida', 'aaltje', 'lida', 'leida'],
  ['everhardus', 'evert', 'eef'],
  ['nicolaas', 'klaas', 'niek', 'nick', 'nico', 'claus'],
  ['abraham', 'bram', 'ibrahim', 'ebrahim', 'ibrahiem', 'brahim'],
  ['mohammed', 'mohamed', 'muhammad', 'muhammed', 'mohammad', 'mohamad', 'mehmet', 'mahomed', 'mo'],
  ['ahmed', 'ahmad', 'achmed', 'ahmet'],
  ['mustafa', 'mustapha', 'moustafa', 'mostafa'],
  ['fatima', 'fatma', 'fatimah', 'fadma', 'fatuma'],
  ['aisha', 'aicha', 'ayse', 'ayesha', 'aischa'],
  ['khadija', 'khadidja', 'hatice', 'kadija', 'chadija'],
  ['hussein', 'husein', 'hussain', 'husain', 'huseyin', 'hosein'],
  ['hassan', 'hasan', 'hasaan'],
  ['omar', 'umar', 'ömer', 'omer'],
  ['abdullah', 'abdallah', 'abdulla', 'abdella'],
  ['yasmin', 'yasmine', 'jasmijn', 'jasmin', 'jasmine', 'yasemin'],
  ['yohannes', 'yohanes', 'yonas'],
  ['tesfay', 'tesfai', 'tesfaye'],
  ['senait', 'senayt', 'sennait'],
  ['merhawi', 'mehari', 'merhawit'],
  ['semhar', 'simhar'],
  ['ali', 'aly'],
  ['yusuf', 'youssef', 'yousef', 'yousuf', 'jusuf', 'yosef'],
  ['zainab', 'zeynep', 'zaynab', 'zenab'],
  ['rahim', 'raheem', 'rachim'],
  ['sultan', 'soltan'],
  ['noah', 'noach', 'nuh'],
  ['sophie', 'sofie', 'sophia', 'sofia'],
  ['zoe', 'zoey'],
];

/** Each name's group keys: its own group's first (when it heads one), then the others it is in. */
const groupsOfName = new Map<string, string[]>();
for (const group of nameGroups) groupsOfName.set(group[0] as string, [group[0] as string]);
for (const group of nameGroups)
  for (const name of group) {
    const known = groupsOfName.get(name) ?? [];
    if (!known.includes(group[0] as string)) groupsOfName.set(name, [...known, group[0] as string]);
  }

/** Lower case, no diacritics, letters only. */
export function plainLetters(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/**
 * The keys of the groups a given name belongs to ("kees" → ["cornelis"]; "nelleke" → ["cornelia",
 * "petronella"]), its own group first; none for most names.
 */
export function nameGroupsOf(name: string): readonly string[] {
  return groupsOfName.get(plainLetters(name)) ?? [];
}

/**
 * A coarse sound key of one name word, the same for most transliterations and Dutch spelling
 * variants of it: Mohammed, Muhammad and Mehmet → "mhmt"; Youssef and Yusuf → "isf"; Tekle and
 * Tecle → "tkl". The first sound is kept, then consonants only, with letters that sound alike
 * folded together (c/k/q, z/s, v/f, d/t, y/i/j, ph/f, ch/g) and repeats collapsed.
 */
export function soundKey(word: string): string {
  let w = plainLetters(word);
  if (w.length === 0) return '';
  w = w
    .replace(/ph/g, 'f')
    .replace(/sch/g, 's')
    .replace(/ch/g, 'g')
    .replace(/kh/g, 'g')
    .replace(/gh/g, 'g')
    .replace(/th/g, 't')
    .replace(/dt/g, 't')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/v/g, 'f')
    .replace(/w/g, 'f')
    .replace(/d/g, 't')
    .replace(/ij/g, 'i')
    .replace(/[yj]/g, 'i');
  const first = /^[aeiou]/.test(w) ? 'a' : (w[0] as string);
  const consonants = w.slice(1).replace(/[aeiouh]/g, '');
  return (first + consonants).replace(/(.)\1+/g, '$1');
}

/** Dutch surname particles ("tussenvoegsels"), as words; "v.d." and "v/d" are read as "van de(n/r)". */
const particleWords = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  't',
  'ten',
  'ter',
  'te',
  'in',
  'op',
  'uit',
  'aan',
  'bij',
  'la',
  'le',
  'du',
  'd',
  'von',
  'zu',
  'vd',
  'v',
  'al',
  'el',
  'bin',
  'ben',
  'ibn',
]);

/** "van" and its combinations written together with the surname ("Vandenberg", "Vanderlinden"). */
const joinedVan = /^(vanden|vander|vande|vant|van)(?=[a-z]{4,})/;

/**
 * The words of a surname that identify it: particles dropped wherever they were written (in their
 * own column, inside the surname, capitalised, abbreviated "v.d.", or joined as in "Vandenberg"),
 * double surnames split on the hyphen ("Jansen-de Vries" → jansen, vries), letters only.
 */
export function surnameWords(surname: string | null, prefix?: string | null): string[] {
  const text = `${prefix ?? ''} ${surname ?? ''}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[./]/g, ' ')
    .replace(/['’`]/g, ' ');
  const words = text
    .split(/[\s\-,]+/)
    .map((w) => w.replace(/[^a-z]/g, ''))
    .filter((w) => w.length > 0 && !particleWords.has(w))
    .map((w) => w.replace(joinedVan, ''));
  return [...new Set(words)];
}

/** The first given name as the partner wrote it, letters only ("Anna-Sophie Maria" → "annasophie"). */
export function firstGivenName(firstNames: string | null): string {
  return plainLetters((firstNames ?? '').trim().split(/\s+/)[0] ?? '');
}
