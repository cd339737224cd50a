import { describe, expect, it } from 'vitest';
import { nationalDigits, phoneKind } from './detect-phone-numbers.ts';

describe('nationalDigits and phoneKind', () => {
  it('reads Dutch numbers however they are written', () => {
    expect(nationalDigits('+31 (0)6 98765432')).toBe('0698765432');
    expect(nationalDigits('0031 70 3701234')).toBe('0703701234');
    expect(nationalDigits('(070) 370 12 34')).toBe('0703701234');
  });

  it('tells mobile, fixed and service numbers apart, and rejects what is no number', () => {
    expect(phoneKind('0698765432')).toBe('mobile');
    expect(phoneKind('0703701234')).toBe('fixed');
    expect(phoneKind('08002000')).toBe('service');
    expect(phoneKind('09008844')).toBe('service');
    expect(phoneKind('0912345624')).toBeNull(); // a parketnummer's digits
    expect(phoneKind('06052024')).toBeNull(); // a date
  });
});
