// One colour per source on every chart, in the edition and on the live page alike. The hues follow
// Okabe and Ito's colour-blind-safe set, darkened where needed so each has at least 3:1 contrast on
// white (WCAG 1.4.11); charts add a symbol per series so no reading depends on colour alone.
// No zod here: the web app imports this file directly.

/** The colour of each source (and of a help service, which is one), and of 'all sources'. */
export const sourceColours: Readonly<Record<string, string>> = {
  police: '#0072b2',
  om: '#c84c00',
  courts: '#6a3d9a',
  csg: '#00795a',
  veilig_thuis: '#9a6a00',
  victim_support: '#b0306e',
  probation: '#5c5c5c',
  all: '#1a1a1a',
  any: '#1a1a1a',
};

/** Colours for other categories (age bands, sexes, decisions), in order; the same set. */
export const categoricalColours: readonly string[] = [
  '#0072b2',
  '#c84c00',
  '#00795a',
  '#6a3d9a',
  '#9a6a00',
  '#b0306e',
  '#5c5c5c',
  '#1a1a1a',
];

/** Observable Plot symbols that stay apart in print and for colour-blind readers, in series order. */
export const seriesSymbols = [
  'circle',
  'triangle2',
  'square2',
  'diamond2',
  'plus',
  'times',
  'asterisk',
  'star',
] as const;
