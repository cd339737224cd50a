import { describeOutsideAttack } from './support/describe-outside-attack.ts';

// Issue 12's bar, on the published output as an outsider sees it (site files and the live API): the
// independent attacker (src/attack) pins no count and narrows none below ±2, on editions of five
// chains; differencing an edition before and after a correction delivery of three rows, two
// editions for overlapping periods, and the live API before and after, reveals no count of 1–9.
// The same correction published with exact counts (the old way) is revealed, so this can fail.
// This file: scale 0.5, `npm start`'s chain; scale 0.05 in disclosure-outside-attack.test.ts (the two run side by side).
describeOutsideAttack(
  'the outside attacker on published editions of the default size',
  [1, 2, 3, 4, 5].map((seed) => ({ seed, scale: 0.5 })),
);
