import type { OffenceCategoryCode, OffenceCode, OffenceRegime } from '../contract/index.ts';
import type { Rng } from '../random/index.ts';

type AgeBand = 'under12' | 'from12to15' | 'from16to17';
type Choices = readonly OffenceCode[];

const zeden: Record<OffenceCategoryCode, Record<AgeBand, Choices>> = {
  rape: { under12: ['SR244'], from12to15: ['SR245', 'SR245', 'SR242'], from16to17: ['SR242', 'SR242', 'SR243'] },
  sexual_assault: {
    under12: ['SR247', 'SR247', 'SR246'],
    from12to15: ['SR247', 'SR246', 'SR249'],
    from16to17: ['SR246', 'SR248A', 'SR249'],
  },
  sexual_approach: {
    under12: ['SR248E', 'SR248D'],
    from12to15: ['SR248E', 'SR248E', 'SR248D'],
    from16to17: ['SR248D', 'SR248E'],
  },
  csam: { under12: ['SR240B'], from12to15: ['SR240B'], from16to17: ['SR240B'] },
  exploitation: {
    under12: ['SR248C', 'SR250'],
    from12to15: ['SR248B', 'SR248C', 'SR250'],
    from16to17: ['SR248B', 'SR250'],
  },
  harassment: { under12: ['SR239'], from12to15: ['SR239'], from16to17: ['SR239'] },
};

const wsm: Record<OffenceCategoryCode, Record<AgeBand, Choices>> = {
  rape: {
    under12: ['WSM-VERKRACHTING-KIND-U12'],
    from12to15: ['WSM-VERKRACHTING-KIND-12-16', 'WSM-VERKRACHTING-KIND-12-16', 'WSM-GEKW-OPZETVERKRACHTING'],
    from16to17: ['WSM-OPZETVERKRACHTING', 'WSM-GEKW-OPZETVERKRACHTING', 'WSM-SCHULDVERKRACHTING'],
  },
  sexual_assault: {
    under12: ['WSM-AANRANDING-KIND-U12'],
    from12to15: ['WSM-AANRANDING-KIND-12-16', 'WSM-AANRANDING-KIND-12-16', 'WSM-GEKW-OPZETAANRANDING'],
    from16to17: ['WSM-AANRANDING-KIND-16-18', 'WSM-OPZETAANRANDING', 'WSM-SCHULDAANRANDING'],
  },
  sexual_approach: {
    under12: ['WSM-SEKSUELE-BENADERING'],
    from12to15: ['WSM-SEKSUELE-BENADERING'],
    from16to17: ['WSM-SEKSUELE-BENADERING'],
  },
  csam: { under12: ['WSM-KINDERPORNO'], from12to15: ['WSM-KINDERPORNO'], from16to17: ['WSM-KINDERPORNO'] },
  exploitation: { under12: ['WSM-UITBUITING'], from12to15: ['WSM-UITBUITING'], from16to17: ['WSM-UITBUITING'] },
  harassment: { under12: ['WSM-INTIMIDATIE'], from12to15: ['WSM-INTIMIDATIE'], from16to17: ['WSM-INTIMIDATIE'] },
};

/** The article code a registration carries: the law in force on the incident date, the victim's age band. */
export function offenceCodeOf(
  rng: Rng,
  category: OffenceCategoryCode,
  regime: OffenceRegime,
  victimAge: number,
): OffenceCode {
  const band: AgeBand = victimAge < 12 ? 'under12' : victimAge < 16 ? 'from12to15' : 'from16to17';
  return rng.pick((regime === 'zeden' ? zeden : wsm)[category][band]);
}
