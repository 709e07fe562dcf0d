import { describe, expect, it } from 'vitest';
import { deploymentWarnings, entityNamed } from './one-entity-one-server';

const names: Record<string, string> = { library: 'Main Library', faculty: 'Faculty of Science' };
const entityName = (id: string) => names[id];
const others = [
  { id: 'a', sen: 'SEN-00000001', entityId: 'library', serverId: 'BX7Q-2M4K' },
  { id: 'b', sen: 'SEN-00000002', entityId: 'faculty', serverId: 'SRV-2' },
];

describe('one entity on one server per license (R-LIC-1)', () => {
  it('warns when another license covers the same entity on the same server, whatever the case and spaces', () => {
    expect(deploymentWarnings({ entityId: 'library', serverId: 'bx7q-2m4k ' }, others, entityName)).toEqual([
      {
        code: 'sameEntityAndServer',
        messageKey: 'licenses:rLic1.sameEntityAndServer',
        params: { sen: 'SEN-00000001', entity: 'Main Library', serverId: 'bx7q-2m4k ' },
      },
    ]);
  });

  it('does not warn about the license being changed itself', () => {
    expect(deploymentWarnings({ id: 'a', entityId: 'library', serverId: 'BX7Q-2M4K' }, others, entityName)).toEqual([]);
  });

  it('does not warn for the same server under another entity, or another server for the same entity', () => {
    expect(deploymentWarnings({ entityId: 'faculty', serverId: 'BX7Q-2M4K' }, others, entityName)).toEqual([]);
    expect(deploymentWarnings({ entityId: 'library', serverId: 'OTHER' }, others, entityName)).toEqual([]);
  });

  it('warns when a key for one entity is attached to another: one license for two entities', () => {
    expect(deploymentWarnings({ entityId: 'faculty', serverId: 'NEW', keyEntity: 'Main Library' }, others, entityName)).toEqual([
      {
        code: 'keyForAnotherEntity',
        messageKey: 'licenses:rLic1.keyForAnotherEntity',
        params: { keyEntity: 'Main Library', entity: 'Faculty of Science' },
      },
    ]);
    expect(deploymentWarnings({ entityId: 'library', serverId: 'NEW', keyEntity: ' main library' }, others, entityName)).toEqual([]);
  });

  it('finds the entity a key names, ignoring case and surrounding spaces', () => {
    const entities = [
      { id: 'library', name: 'Main Library' },
      { id: 'faculty', name: 'Faculty of Science' },
    ];
    expect(entityNamed(entities, 'faculty of science ')?.id).toBe('faculty');
    expect(entityNamed(entities, 'Campus')).toBeUndefined();
  });
});
