import { describe, expect, it } from 'vitest';
import { AppError, toProblem } from './errors.ts';
import { fieldErrorsFromIssues } from './problem.ts';

describe('problem details', () => {
  it('maps codes to statuses and localised texts', () => {
    const p = toProblem(
      new AppError('account_locked', { minutes: 15 }, { retryAfterSeconds: 900 }),
      'it',
      '/api/auth/login',
    );
    expect(p).toMatchObject({ status: 429, code: 'account_locked', instance: '/api/auth/login' });
    expect(p.detail).toContain('15 minuti');
    expect(toProblem(new AppError('account_locked', { minutes: 15 }), 'en').detail).toContain('15 minutes');
  });
  it('translates conflict reasons with their parameters', () => {
    const err = new AppError('conflict', {
      reason: 'duplicate_organisation',
      name: 'Coop X',
      taxCode: '123',
    });
    expect(toProblem(err, 'it').detail).toBe('Esiste già un’organizzazione «Coop X» con codice fiscale 123.');
    expect(toProblem(err, 'en').status).toBe(409);
  });
  it('lists each field with a message', () => {
    const fields = fieldErrorsFromIssues([
      { instancePath: '', keyword: 'unrecognized_keys', message: 'x', params: { keys: ['a', 'b'] } },
      {
        instancePath: '/email',
        keyword: 'invalid_type',
        message: 'Invalid input: expected string, received undefined',
        params: {},
      },
      { instancePath: '/taxCode', keyword: 'custom', message: 'invalid_tax_code', params: {} },
      {
        instancePath: '/kind',
        keyword: 'invalid_value',
        message: 'x',
        params: { values: ['comune', 'cpi'] },
      },
    ]);
    expect(fields.map((f) => `${f.field}:${f.code}`)).toEqual([
      'a:unrecognized_keys',
      'b:unrecognized_keys',
      'email:required',
      'taxCode:invalid_tax_code',
      'kind:invalid_value',
    ]);
    const problem = toProblem(new AppError('validation', {}, { fields }), 'it');
    expect(problem.errors?.find((e) => e.field === 'kind')?.message).toBe(
      'Valore non ammesso: scegli tra comune, cpi.',
    );
  });
  it('never exposes internals for unknown codes', () => {
    const p = toProblem(new AppError('internal', { reference: 'abc' }), 'en');
    expect(p).toMatchObject({ status: 500, title: 'Internal error' });
    expect(p.detail).toBe('An unexpected error occurred. Reference: abc.');
  });
});
