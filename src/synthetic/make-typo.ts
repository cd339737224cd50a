import type { Rng } from '../random/index.ts';
import { dutchNames } from './dutch-names.ts';

/** One keying error in a name: two neighbouring letters swapped, one dropped, or one replaced. */
export function makeTypo(rng: Rng, name: string): string {
  const letters = [...name];
  const positions = letters.flatMap((ch, i) => (/\p{L}/u.test(ch) ? [i] : []));
  if (positions.length < 3) return `${name}${rng.pick([...dutchNames.typoLetters])}`;
  const at = positions[1 + rng.int(positions.length - 1)] as number;
  const kind = rng.int(3);
  if (kind === 0 && at > 0 && letters[at - 1] !== letters[at] && /\p{L}/u.test(letters[at - 1] as string)) {
    [letters[at - 1], letters[at]] = [letters[at] as string, letters[at - 1] as string];
  } else if (kind === 1) {
    letters.splice(at, 1);
  } else {
    const current = (letters[at] as string).toLowerCase();
    const choices = [...dutchNames.typoLetters].filter((c) => c !== current);
    letters[at] = rng.pick(choices);
  }
  const typo = letters.join('');
  return typo === name ? `${name.slice(0, -1)}` : typo;
}
