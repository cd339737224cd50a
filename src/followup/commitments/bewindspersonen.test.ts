import { describe, expect, it } from 'vitest';
import {
  commitmentHolders,
  createPost,
  handOver,
  holderOn,
  postOf,
  splitDutchName,
  titleOn,
} from './bewindspersonen.ts';
import { buildDemoData } from '../build-demo-data.ts';
import { demoPosts } from './demo-posts.ts';
import type { Commitment } from '../followup-model.ts';

const at = { actor: { name: 'Secretariaat' }, at: '2026-05-01T09:00:00Z' };
const post = (id: string) => demoPosts.find((p) => p.id === id) ?? expect.unreachable();

describe('bewindspersonen as posts', () => {
  it('splits Dutch names into voornaam, tussenvoegsel and achternaam', () => {
    expect(splitDutchName('Ingrid van Denkbeeldig')).toEqual({
      voornaam: 'Ingrid',
      tussenvoegsel: 'van',
      achternaam: 'Denkbeeldig',
    });
    expect(splitDutchName('Lotte van der Testhuizen')).toEqual({
      voornaam: 'Lotte',
      tussenvoegsel: 'van der',
      achternaam: 'Testhuizen',
    });
    expect(splitDutchName('Bram Bedenkt')).toEqual({ voornaam: 'Bram', achternaam: 'Bedenkt' });
  });

  it('knows who held a post on a date, and the title then', () => {
    const rb = post('jenv-minister-rechtsbescherming');
    expect(holderOn(rb, '2024-06-28')?.name).toBe('Karel de Verzonnen');
    expect(holderOn(rb, '2024-07-02')?.name).toBe('Saskia Fictief');
    expect(holderOn(rb, '2021-12-31')).toBeUndefined();
    expect(titleOn(rb, '2024-06-28')).toBe('Minister voor Rechtsbescherming');
    expect(titleOn(rb, '2025-01-01')).toBe('Staatssecretaris van Justitie en Veiligheid');
  });

  it('hands a post over: the holder leaves the day before, the new one takes office; earlier dates are refused', () => {
    const jenv = post('jenv-minister');
    const { value, history } = handOver(jenv, { name: 'Tom ter Proef', initials: 'T.', from: '2026-05-01' }, at);
    expect(value.holders.slice(-2)).toEqual([
      { ...jenv.holders[1], to: '2026-04-30' },
      {
        name: 'Tom ter Proef',
        initials: 'T.',
        voornaam: 'Tom',
        tussenvoegsel: 'ter',
        achternaam: 'Proef',
        from: '2026-05-01',
      },
    ]);
    expect(history).toMatchObject({ entity: 'post', entityId: 'jenv-minister', action: 'handover' });
    expect(() => handOver(jenv, { name: 'X Y', initials: 'X.', from: '2024-07-02' }, at)).toThrow(
      'Ingrid van Denkbeeldig took office on 2024-07-02',
    );
  });

  it('creates a post with an id from its department and title', () => {
    const { value } = createPost(
      {
        title: 'Staatssecretaris van Justitie en Veiligheid',
        department: 'JenV',
        holder: { name: 'Saskia Fictief', initials: 'S.', from: '2026-02-23' },
      },
      at,
    );
    expect(value).toMatchObject({
      id: 'jenv-staatssecretaris-van-justitie-en-veiligheid',
      ministry: 'Justitie en Veiligheid',
      holders: [{ name: 'Saskia Fictief', achternaam: 'Fictief', from: '2026-02-23' }],
    });
  });

  it('finds the post of every demo commitment by its title, and who made it then and answers now', () => {
    const demo = buildDemoData().commitments;
    for (const c of demo) expect(postOf(c, demoPosts), c.who).toBeDefined();
    const ocw = demo.find((c) => c.who === 'Minister voor Primair en Voortgezet Onderwijs') as Commitment;
    expect(commitmentHolders(ocw, demoPosts, '2026-03-25')).toMatchObject({
      madeBy: { name: 'Dirk Proefmans' },
      titleThen: 'Minister voor Primair en Voortgezet Onderwijs',
      now: { name: 'Marije Modelmaker' },
      titleNow: 'Staatssecretaris van Onderwijs, Cultuur en Wetenschap',
    });
  });

  it('uses no real politician’s name: every demo holder’s surname is an obviously invented word', () => {
    const invented = [
      'Voorbeeld',
      'Denkbeeldig',
      'Verzonnen',
      'Fictief',
      'Proefmans',
      'Modelmaker',
      'Testhuizen',
      'Bedenkt',
      'Fictievaart',
    ];
    for (const p of demoPosts) for (const h of p.holders) expect(invented).toContain(h.achternaam);
  });
});
