import { describe, expect, it } from 'vitest';
import { ageOnDay, civilOfDay, dayOf, isoOfDay, yearOfDay } from './day-number.ts';

describe('day numbers', () => {
  it('agree with the calendar for every day from 1930 to 2040', () => {
    for (let day = dayOf(1930, 1, 1); day <= dayOf(2040, 12, 31); day++) {
      const iso = isoOfDay(day);
      expect(civilOfDay(day)).toBe(Number(iso.replaceAll('-', '')));
      expect(yearOfDay(day)).toBe(Number(iso.slice(0, 4)));
    }
  });

  it('give the age in whole years, birthdays included', () => {
    const born = dayOf(2008, 2, 29);
    expect(ageOnDay(born, dayOf(2024, 2, 28))).toBe(15);
    expect(ageOnDay(born, dayOf(2024, 2, 29))).toBe(16);
    expect(ageOnDay(dayOf(2010, 7, 1), dayOf(2022, 6, 30))).toBe(11);
    expect(ageOnDay(dayOf(2010, 7, 1), dayOf(2022, 7, 1))).toBe(12);
  });
});
