import { describe, expect, it } from 'vitest';
import { ERROR_REPORT_LIMITS, errorReport, errorReportSchema } from './error-report';

describe('renderer error reports', () => {
  it('says what failed, with its type, its stack and what was running', () => {
    const error = new TypeError('x is undefined');
    const report = errorReport('error', error, { context: 'reminders' });
    expect(report.kind).toBe('error');
    expect(report.message).toBe('reminders: TypeError: x is undefined');
    expect(report.stack).toContain('x is undefined');
  });

  it('describes values that are not errors: a string, an object, something JSON cannot write', () => {
    expect(errorReport('unhandled-rejection', 'offline').message).toBe('offline');
    expect(errorReport('unhandled-rejection', { code: 42 }).message).toBe('{"code":42}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(errorReport('unhandled-rejection', cyclic).message).toBe('[object Object]');
    expect(errorReport('unhandled-rejection', undefined).message).toBe('undefined');
  });

  it('redacts keys, tokens and e-mail addresses before the report leaves the page', () => {
    const error = new Error('no contact it@univ.example for CONEX-AB12C-DE34F-GH56J-KL78M');
    const report = errorReport('render', error, { componentStack: 'at Contact (admin@conex.dz)' });
    expect(JSON.stringify(report)).not.toMatch(/it@univ|AB12C|admin@conex/);
  });

  it('cuts every part to the contract’s limits, so a huge failure is still reported rather than refused', () => {
    const error = new Error('m'.repeat(10_000));
    error.stack = 's '.repeat(20_000);
    const report = errorReport('render', error, { componentStack: 'c '.repeat(10_000) });
    expect(report.message).toHaveLength(ERROR_REPORT_LIMITS.message);
    expect(report.stack).toHaveLength(ERROR_REPORT_LIMITS.stack);
    expect(report.componentStack).toHaveLength(ERROR_REPORT_LIMITS.componentStack);
    expect(errorReportSchema.safeParse(report).success).toBe(true);
  });
});
