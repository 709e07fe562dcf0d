import { z } from 'zod';
import { deploymentSchema, productIdSchema, SEN_PATTERN } from '../../../shared/catalog';
import { toCalendarDate } from '../../../shared/calendar';
import { domainError, err, ok, type Result } from '../../../shared/errors';
import type { KeyPayload } from '../../../shared/keys/payload';
import { parseLicense, type License } from '../../../shared/license';
import { evaluationTerms } from '../../../shared/licensing/evaluations';
import type { ConexDb } from '../database';
import { storageOutcome } from '../storage-errors';
import { recordKeyApplied } from './key-history';

/** A verified key as the store needs it: the canonical text and its signed payload. */
export interface KeyToStore {
  readonly canonical: string;
  readonly payload: KeyPayload;
}

export interface KeyApplication {
  readonly key: KeyToStore;
  /** The entity the license is for after this key (the user confirms it). */
  readonly entityId: string;
  readonly now: Date;
  /** Id of the new key history entry. */
  readonly historyId: string;
}

const missing = () => err(domainError('license.missing', 'licenses:errors.missing'));
const senTaken = (sen: string) => err(domainError('license.senTaken', 'licenses:errors.senTaken', { sen }));

/** The license a key describes; what the key does not carry (id, entity, installed version, purchase date) comes from `base`. */
export function licenseFromKey(
  key: KeyToStore,
  base: Pick<License, 'id' | 'entityId' | 'createdAt'> & Partial<Pick<License, 'installedMajorVersion' | 'purchaseDate'>>,
  now: Date,
): Result<License> {
  const p = key.payload;
  return parseLicense({
    id: base.id,
    sen: p.sen,
    product: p.product,
    deployment: p.deployment,
    tier: p.tier,
    type: p.type,
    entityId: base.entityId,
    serverId: p.serverId,
    licensee: p.licensee,
    issued: p.issued,
    maintenanceStart: p.maintenanceStart,
    maintenanceEnd: p.maintenanceEnd,
    ...(p.evaluationEnd === undefined ? {} : { evaluationEnd: p.evaluationEnd }),
    ...(p.evaluationEndsAt === undefined ? {} : { evaluationEndsAt: p.evaluationEndsAt }),
    majorVersion: p.majorVersion,
    ...(base.installedMajorVersion === undefined ? {} : { installedMajorVersion: base.installedMajorVersion }),
    ...(base.purchaseDate === undefined ? {} : { purchaseDate: base.purchaseDate }),
    key: key.canonical,
    createdAt: base.createdAt,
    updatedAt: now.toISOString(),
  });
}

/** Every stored license. Records were checked when written, so the list is not re-validated (it may hold 10,000). */
export function listLicenses(database: ConexDb): Promise<License[]> {
  return database.licenses.toArray();
}

/** The licenses whose maintenance ends first, read from the index: the list's first page while the rest loads. */
export function listSoonestEnding(database: ConexDb, limit: number): Promise<License[]> {
  return database.licenses.orderBy('maintenanceEnd').limit(limit).toArray();
}

/** One license by id. */
export async function getLicense(database: ConexDb, id: string): Promise<Result<License>> {
  return storageOutcome(async () => {
    const license = await database.licenses.get(id);
    return license ? ok(license) : missing();
  });
}

/** The license with this SEN, if stored (R-LIC-4: one license per SEN). */
export function findLicenseBySen(database: ConexDb, sen: string): Promise<License | undefined> {
  return database.licenses.where('sen').equals(sen).first();
}

/** The licenses of one entity by SEN, for the one-entity-one-server check (R-LIC-1) and the licenses a Consent To Assign may move. */
export function licensesOfEntity(database: ConexDb, entityId: string): Promise<License[]> {
  return database.licenses.where('entityId').equals(entityId).sortBy('sen');
}

/**
 * Applies a verified key to a stored license (R-LIC-3): the license takes the
 * key's fields and the old key stays in the history. `restoredFrom` names the
 * history entry being put back; only then may the key be older than the
 * current one (a new paste of an older key is refused).
 */
export async function applyKey(
  database: ConexDb,
  licenseId: string,
  application: KeyApplication,
  restoredFrom?: string,
): Promise<Result<License>> {
  const { key, entityId, now, historyId } = application;
  return storageOutcome(
    () =>
      database.transaction('rw', database.licenses, database.keyHistory, async () => {
        const current = await database.licenses.get(licenseId);
        if (!current) return missing();
        // Checked again here: another window may have applied a newer key since the user pasted this one.
        if (restoredFrom === undefined && current.key !== undefined && current.sen === key.payload.sen) {
          if (Date.parse(key.payload.issued) < Date.parse(current.issued)) {
            return err(
              domainError('olderThanApplied', 'keys:errors.olderThanApplied', {
                issued: key.payload.issued,
                appliedIssued: current.issued,
              }),
            );
          }
        }
        if (key.payload.sen !== current.sen) {
          const holder = await database.licenses.where('sen').equals(key.payload.sen).first();
          if (holder && holder.id !== licenseId) return senTaken(key.payload.sen);
        }
        const next = licenseFromKey(key, { ...current, entityId }, now);
        if (!next.ok) return next;
        await database.licenses.put(next.value);
        await recordKeyApplied(
          database,
          next.value,
          current,
          { id: historyId, key: key.canonical, issued: key.payload.issued, restoredFrom },
          now,
        );
        return next;
      }),
    () => senTaken(key.payload.sen),
  );
}

/** Adds the license a key describes for a SEN not stored yet, attached to the entity the user picked. */
export async function addLicenseFromKey(database: ConexDb, id: string, application: KeyApplication): Promise<Result<License>> {
  const { key, entityId, now, historyId } = application;
  const license = licenseFromKey(key, { id, entityId, createdAt: now.toISOString() }, now);
  if (!license.ok) return license;
  return storageOutcome(
    () =>
      database.transaction('rw', database.licenses, database.keyHistory, async () => {
        if (await findLicenseBySen(database, key.payload.sen)) return senTaken(key.payload.sen);
        await database.licenses.add(license.value);
        await recordKeyApplied(database, license.value, undefined, { id: historyId, key: key.canonical, issued: key.payload.issued }, now);
        return license;
      }),
    () => senTaken(key.payload.sen),
  );
}

/** What the user enters to start an evaluation. */
export const evaluationInputSchema = z.object({
  entityId: z.string().min(1, { message: 'licenses:evaluation.errors.entity' }),
  product: productIdSchema,
  deployment: deploymentSchema,
  serverId: z
    .string()
    .trim()
    .min(1, { message: 'licenses:evaluation.errors.serverId' })
    .max(100, { message: 'licenses:evaluation.errors.serverIdTooLong' }),
  licensee: z
    .string()
    .trim()
    .min(1, { message: 'licenses:evaluation.errors.licensee' })
    .max(200, { message: 'licenses:evaluation.errors.licenseeTooLong' }),
  majorVersion: z.number().int().positive(),
});
export type EvaluationInput = z.input<typeof evaluationInputSchema>;
export type EvaluationResult = Result<License> & { fieldErrors?: Record<string, string> };

const SEN_ATTEMPTS = 50;

/** The evaluation details checked, or the message of each field that is wrong. */
export function checkEvaluationInput(
  input: EvaluationInput,
): Result<z.output<typeof evaluationInputSchema>> & { fieldErrors?: Record<string, string> } {
  const parsed = evaluationInputSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues)
    fieldErrors[String(issue.path[0])] ??= issue.message.includes(':') ? issue.message : 'licenses:evaluation.errors.invalid';
  return {
    ...err(domainError('evaluation.invalid', Object.values(fieldErrors)[0] ?? 'licenses:evaluation.errors.invalid')),
    fieldErrors,
  };
}

/**
 * Starts a 10-day evaluation at the highest tier (R-EVAL-1), offline: the SEN
 * is made here (`SEN-` and the 8 digits `randomDigits` returns), unique in the store.
 */
export async function startEvaluation(
  database: ConexDb,
  input: EvaluationInput,
  now: Date,
  id: string,
  randomDigits: () => string,
): Promise<EvaluationResult> {
  const checked = checkEvaluationInput(input);
  if (!checked.ok) return checked;
  const value = checked.value;
  const terms = evaluationTerms(value.deployment, now);
  const today = toCalendarDate(now);
  const stamp = now.toISOString();
  return storageOutcome(() =>
    database.transaction('rw', database.licenses, async () => {
      let sen = '';
      for (let i = 0; i < SEN_ATTEMPTS && sen === ''; i++) {
        const candidate = `SEN-${randomDigits()}`;
        if (SEN_PATTERN.test(candidate) && !(await findLicenseBySen(database, candidate))) sen = candidate;
      }
      if (sen === '') throw new Error('No free SEN found: the random source is broken');
      const license = parseLicense({
        id,
        sen,
        product: value.product,
        deployment: value.deployment,
        tier: terms.tier,
        type: 'evaluation',
        entityId: value.entityId,
        serverId: value.serverId,
        licensee: value.licensee,
        issued: stamp,
        maintenanceStart: today,
        maintenanceEnd: terms.evaluationEnd,
        evaluationEnd: terms.evaluationEnd,
        evaluationEndsAt: terms.endsAt.toISOString(),
        majorVersion: value.majorVersion,
        createdAt: stamp,
        updatedAt: stamp,
      });
      if (!license.ok) return license;
      await database.licenses.add(license.value);
      return license;
    }),
  );
}

/** 8 random digits from the platform's cryptographic source, for a local evaluation SEN. */
export function randomSenDigits(): string {
  const [n = 0] = crypto.getRandomValues(new Uint32Array(1));
  return String(n % 100_000_000).padStart(8, '0');
}

/** How many licenses each entity holds, read from the entity index alone (no license is loaded). */
export async function licenseCountsByEntity(database: ConexDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const keys = await database.licenses.orderBy('entityId').keys();
  for (const key of keys) counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
  return counts;
}
