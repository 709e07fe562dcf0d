import type { License } from '../../../shared/license';

/** A warning naming R-LIC-1, with its message in the "licenses" namespace. */
export interface DeploymentWarning {
  readonly code: 'sameEntityAndServer' | 'keyForAnotherEntity';
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string>>;
}

export interface Candidate {
  /** The license being changed; absent for a new one. */
  readonly id?: string | undefined;
  readonly entityId: string;
  readonly serverId: string;
  /** The entity the key names, when there is a key. */
  readonly keyEntity?: string | undefined;
}

// Server IDs are read aloud and retyped; case and spaces carry no meaning (as in shared/keys).
const serverKey = (id: string) => id.replace(/\s/g, '').toUpperCase();
const entityKey = (name: string) => name.trim().toLocaleLowerCase('en');

/**
 * R-LIC-1: each license permits one entity on one server. Warns when another
 * license already covers the same entity on the same server, or when the key
 * names another entity than the one the license is being attached to (one
 * license for two entities). Warnings, not refusals: the user may be fixing it.
 */
export function deploymentWarnings(
  candidate: Candidate,
  others: readonly Pick<License, 'id' | 'sen' | 'entityId' | 'serverId'>[],
  entityName: (id: string) => string | undefined,
): DeploymentWarning[] {
  const warnings: DeploymentWarning[] = [];
  const entity = entityName(candidate.entityId) ?? '';
  const clash = others.find(
    (o) => o.id !== candidate.id && o.entityId === candidate.entityId && serverKey(o.serverId) === serverKey(candidate.serverId),
  );
  if (clash) {
    warnings.push({
      code: 'sameEntityAndServer',
      messageKey: 'licenses:rLic1.sameEntityAndServer',
      params: { sen: clash.sen, entity, serverId: candidate.serverId },
    });
  }
  if (candidate.keyEntity !== undefined && entity !== '' && entityKey(candidate.keyEntity) !== entityKey(entity)) {
    warnings.push({
      code: 'keyForAnotherEntity',
      messageKey: 'licenses:rLic1.keyForAnotherEntity',
      params: { keyEntity: candidate.keyEntity, entity },
    });
  }
  return warnings;
}

/** The entity whose name matches the one a key names, if the user has it. */
export function entityNamed<E extends { id: string; name: string }>(entities: readonly E[], name: string): E | undefined {
  return entities.find((e) => entityKey(e.name) === entityKey(name));
}
