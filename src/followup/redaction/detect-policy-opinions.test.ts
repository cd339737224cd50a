import { describe, expect, it } from 'vitest';
import { detectPolicyOpinions } from './detect-policy-opinions.ts';
import { splitSentences } from './split-sentences.ts';

const opinions = (text: string, setting: Parameters<typeof detectPolicyOpinions>[1]) =>
  detectPolicyOpinions(text, setting).map((o) => o.text);

describe('splitSentences', () => {
  it('does not end a sentence at initials or abbreviations, and does at a line break', () => {
    expect(splitSentences('P.J. Jansen vindt dit zwak. Zie mw. Bakker, nr. 3!\nAkkoord').map((s) => s.text)).toEqual([
      'P.J. Jansen vindt dit zwak.',
      'Zie mw. Bakker, nr. 3!',
      'Akkoord',
    ]);
  });
});

describe('detectPolicyOpinions', () => {
  it('in internal consultation, proposes every judgement and "wij vinden", not a factual remark', () => {
    const comment =
      'Akkoord. Wij vinden de toon te defensief. Tekstuele aanpassing in alinea 3. Dit is onverstandig. Geen bezwaar.';
    expect(opinions(comment, 'consultation')).toEqual(['Wij vinden de toon te defensief.', 'Dit is onverstandig.']);
    expect(opinions('Akkoord, graag de cijfers in alinea 2 actualiseren.', 'consultation')).toEqual([]);
    expect(opinions('OCW/PO: te defensief, graag aanscherpen.', 'consultation')).toHaveLength(1);
  });

  it('in the nota, proposes a department’s stated view but not an outside party’s expected reaction', () => {
    expect(opinions('VWS vindt de passage over de GGD te stellig. OCW is akkoord.', 'nota')).toEqual([
      'VWS vindt de passage over de GGD te stellig.',
    ]);
    expect(opinions('Volgens OCW is de reactie zwak.', 'nota')).toHaveLength(1);
    expect(opinions('De Rapporteur zal de reactie mogelijk te mager vinden.', 'nota')).toEqual([]);
  });

  it('in the letter, "wij" is the cabinet: only a first-person or a department’s judgement is an opinion', () => {
    const letter =
      'Dit vinden wij belangrijk. OCW vindt het belangrijk dat scholen meedoen. Het kabinet acht dit onwenselijk. ' +
      'VWS vindt deze passage te defensief. Naar mijn mening is dit onverstandig.';
    expect(opinions(letter, 'public')).toEqual([
      'VWS vindt deze passage te defensief.',
      'Naar mijn mening is dit onverstandig.',
    ]);
  });

  it('gives the marker it found as the reason', () => {
    expect(detectPolicyOpinions('Ik vind dit te vaag.', 'public')[0]?.reason).toContain('Ik vind');
  });
});
