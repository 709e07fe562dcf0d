import type { EvaluationRequest } from '../../../shared/api';
import { domainError, err, type Result } from '../../../shared/errors';
import type { License } from '../../../shared/license';
import type { ConexDb } from '../../db/database';
import { addLicenseFromKey } from '../../db/repos/licenses';
import { clientFor } from '../../sync/api-client';
import { failureMessage } from '../../sync/messages';
import { checkPastedKey } from './key-check';

export interface EvaluationKeyDeps {
  readonly db: ConexDb;
  readonly apiUrl: string;
  readonly token: string;
  readonly now: () => Date;
  /** Ids of the new license and its key history entry, and the request's Idempotency-Key. */
  readonly newId: () => string;
  readonly fetch?: typeof fetch;
}

/**
 * Asks Conex for an evaluation key (R-EVAL-1), checks its signature like a
 * pasted key, and adds the license it describes to `entityId`, key applied.
 * A failure says why in the user's words: the API's answer or the key's fault.
 */
export async function evaluationFromConex(deps: EvaluationKeyDeps, request: EvaluationRequest, entityId: string): Promise<Result<License>> {
  const client = clientFor(deps);
  const answer = await client.call('requestEvaluation', { body: request, idempotencyKey: deps.newId() });
  if (!answer.ok) {
    const message = failureMessage(answer.failure);
    return err(domainError('evaluation.notIssued', message.messageKey, message.params));
  }
  const now = deps.now();
  const checked = await checkPastedKey(answer.value.key, undefined, now);
  if (!checked.ok) return checked;
  return addLicenseFromKey(deps.db, deps.newId(), { key: checked.value.key, entityId, now, historyId: deps.newId() });
}
