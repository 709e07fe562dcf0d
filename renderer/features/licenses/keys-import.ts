import type { Result } from '../../../shared/errors';
import type { KeyApplyCheck, LicenseSnapshot } from '../../../shared/keys/apply-check';
import type { KeyError } from '../../../shared/keys/key-errors';
import { splitKeyBlocks } from '../../../shared/keys/keys-file';
import type { License } from '../../../shared/license';
import { licenseSnapshot } from './key-check';
import { entityNamed } from './one-entity-one-server';

/** What importing one key of a keys file would do. */
export type ImportItem =
  | { readonly kind: 'refused'; readonly index: number; readonly line: number; readonly error: KeyError }
  /** A SEN not stored yet, added to the entity of the same name. */
  | { readonly kind: 'new'; readonly index: number; readonly line: number; readonly check: KeyApplyCheck; readonly entityId: string }
  /** A SEN not stored yet whose entity is not known here: add it with "Add license from key", which asks for one. */
  | { readonly kind: 'needsEntity'; readonly index: number; readonly line: number; readonly check: KeyApplyCheck }
  /** A newer key for a stored license: applied as a paste would be (R-LIC-3), the old key kept in the history. */
  | { readonly kind: 'update'; readonly index: number; readonly line: number; readonly check: KeyApplyCheck; readonly license: License }
  /** The key the license already has. */
  | { readonly kind: 'unchanged'; readonly index: number; readonly line: number; readonly check: KeyApplyCheck; readonly license: License };

/** The same check as pasting one key: verify, then compare with the license of its SEN (shared/keys/apply-check.ts). */
export type KeyChecker = (text: string, current: LicenseSnapshot | undefined) => Promise<Result<KeyApplyCheck, KeyError>>;

/** Plans the import of every key of a keys file, each on its own: a bad key never stops the good ones. */
export async function planKeysImport(
  text: string,
  licenses: readonly License[],
  entities: readonly { id: string; name: string }[],
  check: KeyChecker,
): Promise<ImportItem[]> {
  const bySen = new Map(licenses.map((l) => [l.sen, l]));
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const items: ImportItem[] = [];
  const blocks = splitKeyBlocks(text);
  for (let i = 0; i < blocks.length; i++) {
    const { text: keyText, line } = blocks[i]!;
    const index = i + 1;
    // The SEN is known only once the key is read: read it first without a license, then against its license.
    const first = await check(keyText, undefined);
    if (!first.ok) {
      items.push({ kind: 'refused', index, line, error: first.error });
      continue;
    }
    const license = bySen.get(first.value.key.payload.sen);
    if (!license) {
      const entity = entityNamed(entities, first.value.key.payload.entity);
      items.push(
        entity
          ? { kind: 'new', index, line, check: first.value, entityId: entity.id }
          : { kind: 'needsEntity', index, line, check: first.value },
      );
      continue;
    }
    if (license.key === first.value.key.canonical) {
      items.push({ kind: 'unchanged', index, line, check: first.value, license });
      continue;
    }
    const checked = await check(keyText, licenseSnapshot(license, names.get(license.entityId)));
    items.push(
      checked.ok ? { kind: 'update', index, line, check: checked.value, license } : { kind: 'refused', index, line, error: checked.error },
    );
  }
  return items;
}
