import { describe, expect, it } from 'vitest';
import { UnknownAddressFailures } from './unknown-address-failures.ts';

const policy = { maxFailures: 3, lockMinutes: 15 };
const at = (minutes: number) => new Date(Date.UTC(2026, 2, 25, 10, minutes));

describe('UnknownAddressFailures', () => {
  it('locks an address at the policy’s limit, for its minutes, whatever the spelling, and counts again after', () => {
    const failures = new UnknownAddressFailures();
    expect(failures.fail('x@test.example', at(0), policy)).toBeNull();
    expect(failures.fail(' X@Test.Example', at(1), policy)).toBeNull();
    expect(failures.fail('x@test.example', at(2), policy)).toEqual(at(17));
    expect(failures.lockedUntil('x@test.example', at(16))).toEqual(at(17));
    expect(failures.lockedUntil('x@test.example', at(17))).toBeNull();
    expect(failures.fail('x@test.example', at(18), policy)).toBeNull();
    expect(failures.lockedUntil('y@test.example', at(2))).toBeNull();
  });

  it('stays within its capacity, forgetting addresses without a lock in force first', () => {
    const failures = new UnknownAddressFailures(3);
    for (let i = 0; i < 3; i++) failures.fail('locked@test.example', at(0), policy);
    for (let i = 0; i < 10; i++) failures.fail(`a${i}@test.example`, at(1), policy);
    expect(failures.size).toBe(3);
    expect(failures.lockedUntil('locked@test.example', at(2))).toEqual(at(15));
  });
});
