import { describe, expect, it } from 'vitest';
import { ERROR_REPORT_LIMITS } from '../../shared/ipc/error-report';
import { fakeIpcMain } from './ipc-test-kit';
import { createRendererReportLog } from './renderer-reports';

/** The `logs:report-error` handler behind the real IPC registry (sender check, contract validation), writing to a recording log. */
function setup() {
  const written: string[] = [];
  const warned: string[] = [];
  let now = 0;
  const kit = fakeIpcMain();
  const report = createRendererReportLog({
    log: {
      error: (...args: unknown[]) => void written.push(args.join(' ')),
      warn: (...args: unknown[]) => void warned.push(args.join(' ')),
    },
    now: () => now,
  });
  kit.registry.handle('logs:report-error', (request) => report(request));
  return { ...kit, written, warned, advance: (ms: number) => (now += ms) };
}

describe('renderer error reports in the log file', () => {
  it('writes a renderer failure with its stack and component stack to the log', async () => {
    const { invoke, written } = setup();
    await invoke('logs:report-error', {
      kind: 'render',
      message: 'TypeError: x is undefined',
      stack: 'TypeError: x is undefined\n    at LicenseRow (app://conex/assets/index.js:1:2)',
      componentStack: '\n    at LicenseRow\n    at LicensesScreen',
    });
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^Renderer render: TypeError: x is undefined\n.*at LicenseRow \(app:\/\/conex/s);
    expect(written[0]).toContain('at LicensesScreen');
  });

  it('redacts again in main: a key, a token or an e-mail address a page sent never reaches the file', async () => {
    const { invoke, written } = setup();
    await invoke('logs:report-error', {
      kind: 'unhandled-rejection',
      message: 'Error: sync for it@univ.example with Bearer abcdefgh12345678 and CONEX-AB12C-DE34F-GH56J-KL78M',
    });
    expect(written[0]).not.toMatch(/it@univ\.example|abcdefgh12345678|AB12C/);
    expect(written[0]).toContain('[email]');
  });

  it('refuses a report past the size limits, or from a frame that is not the app', async () => {
    const { invoke, written, warnings } = setup();
    const long = 'x'.repeat(ERROR_REPORT_LIMITS.message + 1);
    await expect(invoke('logs:report-error', { kind: 'error', message: long })).rejects.toThrow(/invalid request/);
    await expect(
      invoke('logs:report-error', { kind: 'error', message: 'hi' }, { url: 'https://evil.example/', parent: null }),
    ).rejects.toThrow(/sender not allowed/);
    expect(written).toEqual([]);
    expect(warnings).toHaveLength(2);
  });

  it('writes at most 30 reports a minute, then says how many it left out', async () => {
    const { invoke, written, warned, advance } = setup();
    for (let i = 0; i < 35; i++) await invoke('logs:report-error', { kind: 'error', message: `Error: loop ${i}` });
    expect(written).toHaveLength(30);
    advance(60_000);
    await invoke('logs:report-error', { kind: 'error', message: 'Error: later' });
    expect(warned).toEqual(['Renderer: 5 more error reports were not written (more than 30 a minute).']);
    expect(written.at(-1)).toBe('Renderer error: Error: later');
  });
});
