import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Entity } from '../../../shared/entity';
import { db } from '../../db/database';
import { licensesOfEntity } from '../../db/repos/licenses';
import { deploymentWarnings, type Candidate, type DeploymentWarning } from './one-entity-one-server';

/** The R-LIC-1 warnings for a license about to cover `candidate.entityId` on `candidate.serverId`, kept up to date. */
export function useDeploymentWarnings(candidate: Candidate, entities: readonly Entity[]): DeploymentWarning[] {
  const { id, entityId, serverId, keyEntity } = candidate;
  const others = useLiveQuery(() => (entityId ? licensesOfEntity(db(), entityId) : []), [entityId]);
  return useMemo(() => {
    if (!entityId || !others) return [];
    const names = new Map(entities.map((e) => [e.id, e.name]));
    return deploymentWarnings({ id, entityId, serverId, keyEntity }, others, (x) => names.get(x));
  }, [id, entityId, serverId, keyEntity, others, entities]);
}
