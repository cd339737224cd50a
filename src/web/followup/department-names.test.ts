import { describe, expect, it } from 'vitest';
import { departments } from '../../followup/followup-model.ts';
import { departmentNames } from './department-names.ts';

describe('department names of the web pages', () => {
  it('name the same departments, in the same Dutch words, as the model', () => {
    expect(Object.fromEntries(Object.entries(departmentNames).map(([code, n]) => [code, n.nl]))).toEqual(departments);
  });
});
