import { z } from 'zod';
import { DEFAULT_FISCAL_START_MONTH, MAX_FORECAST_YEARS } from '../../../shared/budget/fiscal-year';
import { DIGITS } from '../../../shared/locale-tag';
import { LANGUAGES } from '../../i18n/languages';
import type { ConexDb } from '../database';

const month = z.number().int().min(1).max(12);

/** Fiscal years as stored: the organization's first month, and the entities (by id) that start on another (R-BUD-1). */
export const fiscalYearSettingsSchema = z.strictObject({
  startMonth: month,
  entities: z.record(z.string().min(1).max(200), month),
});
export type FiscalYearSettings = z.infer<typeof fiscalYearSettingsSchema>;

/**
 * The Budget screen's view, remembered from one visit to the next: how many fiscal years (R-BUD-2), the currency (checked
 * against each entity's country when the forecast is made, R-CUR-1) and what it counts (R-BUD-4). The co-termination
 * what-if is not kept: it is a question asked once, not a way of looking.
 */
export const budgetViewSchema = z.strictObject({
  years: z.number().int().min(1).max(MAX_FORECAST_YEARS),
  currency: z.string().regex(/^[A-Z]{3}$/),
  includeEvaluations: z.boolean(),
  includeInProgress: z.boolean(),
});
export type BudgetView = z.infer<typeof budgetViewSchema>;

/**
 * Settings as stored; every field optional so a first start falls back to
 * defaults (system language, system theme). The Conex API address is not a
 * setting: it is fixed at build time (renderer/sync/api-url.ts).
 */
export const settingsSchema = z.object({
  language: z.enum(LANGUAGES).optional(),
  /** The digits Arabic shows: Western (the usual choice in Algeria) or Arabic-Indic. */
  digits: z.enum(DIGITS).default('latn'),
  theme: z.enum(['light', 'dark', 'system']).default('system'),
  lastScreen: z.string().optional(),
  updateChannel: z.enum(['stable', 'beta']).default('stable'),
  /** The organization's fiscal year first month and each entity's own, when it differs (R-BUD-1). */
  fiscalYear: fiscalYearSettingsSchema.default({ startMonth: DEFAULT_FISCAL_START_MONTH, entities: {} }),
  budgetView: budgetViewSchema.default({ years: 1, currency: 'EUR', includeEvaluations: true, includeInProgress: true }),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Reads all settings, dropping any stored value that no longer validates. */
export async function loadSettings(database: ConexDb): Promise<Settings> {
  const rows = await database.settings.toArray();
  const raw: Record<string, unknown> = {};
  for (const row of rows) {
    const field = settingsSchema.shape[row.key as keyof Settings];
    if (field && field.safeParse(row.value).success) raw[row.key] = row.value;
  }
  return settingsSchema.parse(raw);
}

/** Stores one setting. */
export async function saveSetting<K extends keyof Settings>(database: ConexDb, key: K, value: Settings[K]): Promise<void> {
  await database.settings.put({ key, value });
}
