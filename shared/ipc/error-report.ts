import { z } from 'zod';
import { redactReport } from '../redact';

/** The most of each part of a report that crosses to main: enough for a stack, too little to flood the log. */
export const ERROR_REPORT_LIMITS = { message: 2_000, stack: 16_000, componentStack: 8_000 } as const;

/**
 * A renderer failure on its way to the log file (`logs:report-error`): a render that threw (caught by an error
 * boundary), an uncaught error, or a rejected promise nobody handled.
 */
export const errorReportSchema = z.object({
  kind: z.enum(['render', 'error', 'unhandled-rejection']),
  message: z.string().max(ERROR_REPORT_LIMITS.message),
  stack: z.string().max(ERROR_REPORT_LIMITS.stack).optional(),
  /** Where in the component tree a render failed (React's componentStack). */
  componentStack: z.string().max(ERROR_REPORT_LIMITS.componentStack).optional(),
});
export type ErrorReport = z.infer<typeof errorReportSchema>;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function describe(error: unknown): { message: string; stack?: string } {
  if (error instanceof Error) return { message: `${error.name}: ${error.message}`, stack: error.stack };
  if (typeof error === 'string') return { message: error };
  try {
    return { message: JSON.stringify(error) ?? String(error) };
  } catch {
    return { message: String(error) };
  }
}

/**
 * A report for any thrown value, redacted (secrets, license keys, e-mail addresses) and cut to the contract's
 * limits, so it always passes validation: a report refused for its length would be a failure lost. `context` says
 * what was running ("reminders"), `componentStack` where a render failed.
 */
export function errorReport(
  kind: ErrorReport['kind'],
  error: unknown,
  { context, componentStack }: { context?: string; componentStack?: string } = {},
): ErrorReport {
  const { message, stack } = describe(error);
  const said = context ? `${context}: ${message}` : message;
  const report: ErrorReport = { kind, message: clip(redactReport(said), ERROR_REPORT_LIMITS.message) };
  if (stack) report.stack = clip(redactReport(stack), ERROR_REPORT_LIMITS.stack);
  if (componentStack) report.componentStack = clip(redactReport(componentStack), ERROR_REPORT_LIMITS.componentStack);
  return report;
}
