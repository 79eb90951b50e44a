// Problems as sentences: detail over title, validator messages made readable, business problems placed at fields.
import { describe, expect, it } from 'vitest';
import { fieldErrors, problemSentence } from './problem.ts';
import type { Problem } from './types.ts';

const base = 'https://b2b-portal.example/problems/';

describe('problemSentence', () => {
  it('when the gateway wrote a detail, then that is the sentence', () => {
    const problem: Problem = {
      type: `${base}too-many-attempts`,
      title: 'Too many',
      status: 429,
      detail: 'Try again in 30 seconds.',
    };
    expect(problemSentence(problem)).toBe('Try again in 30 seconds.');
  });

  it('when there is only a title, then it becomes a sentence', () => {
    expect(
      problemSentence({
        type: `${base}invalid-credentials`,
        title: 'The email or password is wrong',
        status: 401,
      }),
    ).toBe('The email or password is wrong.');
  });

  it('when the sentence opens with an email address, then the address keeps its case (R10)', () => {
    expect(
      problemSentence({
        type: `${base}email-already-invited`,
        title: 'Another contact already uses this email',
        status: 409,
        detail: 'sam@shop.example is already used by Sam Shared of DEMO001',
      }),
    ).toBe('sam@shop.example is already used by Sam Shared of DEMO001.');
  });

  it('when fields are invalid, then the sentence points at them instead of the technical detail', () => {
    const problem: Problem = {
      type: `${base}validation-failed`,
      title: 'The request is not valid',
      status: 400,
      detail: 'request/body/defaultTaxRate must be <= 1',
      errors: [{ field: 'defaultTaxRate', message: 'must be <= 1' }],
    };
    expect(problemSentence(problem)).toBe('The request is not valid. Check the marked fields.');
  });
});

describe('fieldErrors', () => {
  it('when the validator names fields, then each gets a readable message under its top-level name', () => {
    const problem: Problem = {
      type: `${base}validation-failed`,
      title: 'The request is not valid',
      status: 400,
      errors: [
        { field: 'warehouseCodes.0', message: 'must NOT have fewer than 1 characters' },
        { field: 'syncIntervalMinutes', message: 'must be >= 1' },
        { field: 'adminEmail', message: 'must match format "email"' },
      ],
    };
    expect(fieldErrors(problem)).toEqual({
      warehouseCodes: 'Required.',
      syncIntervalMinutes: 'Must be at least 1.',
      adminEmail: 'Enter an email address.',
    });
  });

  it('when a business problem concerns fields without naming them, then its sentence goes to those fields', () => {
    const problem: Problem = {
      type: `${base}unknown-warehouse`,
      title: 'The warehouse does not exist in Unleashed',
      status: 422,
      detail: 'Unleashed has no warehouse X; it has MAIN.',
    };
    expect(fieldErrors(problem, { 'unknown-warehouse': ['orderWarehouseCode'] })).toEqual({
      orderWarehouseCode: 'Unleashed has no warehouse X; it has MAIN.',
    });
  });
});
