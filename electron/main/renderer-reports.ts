import { redactReport } from '../../shared/redact';
import type { ErrorReport } from '../../shared/ipc/error-report';
import type { Logger } from './logging';

/** At most this many renderer reports per window of time reach the log: a failure repeating in a loop must not fill the disk. */
const MAX_REPORTS = 30;
const WINDOW_MS = 60_000;

export interface RendererReportDeps {
  readonly log: Pick<Logger, 'error' | 'warn'>;
  /** Milliseconds, as Date.now(). */
  now(): number;
}

/**
 * Writes the renderer's failures to main's log file, so "Open logs folder" holds them. The text is redacted again
 * here (the page is not trusted to have done it), and past the rate limit reports are counted, not written.
 */
export function createRendererReportLog(deps: RendererReportDeps): (report: ErrorReport) => void {
  let windowStart = Number.NEGATIVE_INFINITY;
  let written = 0;
  let dropped = 0;
  return (report) => {
    const now = deps.now();
    if (now - windowStart >= WINDOW_MS) {
      if (dropped > 0) deps.log.warn(`Renderer: ${dropped} more error reports were not written (more than ${MAX_REPORTS} a minute).`);
      windowStart = now;
      written = 0;
      dropped = 0;
    }
    if (written >= MAX_REPORTS) {
      dropped++;
      return;
    }
    written++;
    const parts = [`Renderer ${report.kind}: ${redactReport(report.message)}`];
    if (report.stack) parts.push(redactReport(report.stack));
    if (report.componentStack) parts.push(`Components:${redactReport(report.componentStack)}`);
    deps.log.error(parts.join('\n'));
  };
}
