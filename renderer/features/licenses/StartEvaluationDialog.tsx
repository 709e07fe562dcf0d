import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPLOYMENTS, PRODUCT_IDS, type Deployment, type ProductId } from '../../../shared/catalog';
import { toCalendarDate } from '../../../shared/calendar';
import type { Entity } from '../../../shared/entity';
import { evaluationTerms } from '../../../shared/licensing/evaluations';
import { db } from '../../db/database';
import {
  checkEvaluationInput,
  randomSenDigits,
  startEvaluation,
  type EvaluationInput,
  type EvaluationResult,
} from '../../db/repos/licenses';
import { loadPriceBook } from '../../db/repos/quotes';
import { useNavigation } from '../../store/navigation';
import { useToast } from '../../store/toast';
import { currentApiUrl, platformSecrets } from '../../sync/runtime';
import { currentToken } from '../../sync/session';
import { EntityField } from './EntityField';
import { evaluationFromConex } from './evaluation-key';
import { errorText, formatInstant } from './format';
import { useDeploymentWarnings } from './use-deployment-warnings';
import { WarningList } from './WarningList';
import { ltrInputProps } from '../../ui/Ltr';

/** The latest major version released by `today`: what a new evaluation installs. */
async function currentMajor(today: string): Promise<number> {
  const book = await loadPriceBook(db());
  const released = book.majorVersions.filter((v) => v.releasedOn <= today).map((v) => v.major);
  return Math.max(...(released.length > 0 ? released : book.majorVersions.map((v) => v.major)));
}

/** The API token when signed in to Conex, else null: only then can Conex issue the evaluation key. */
function signedInToken(): Promise<string | null> {
  return currentToken(db(), platformSecrets(), currentApiUrl());
}

/**
 * "Start evaluation": 10 days of the highest tier for an entity (R-EVAL-1, R-EVAL-2).
 * Signed in, Conex issues the key and it is applied at once; offline, the record
 * only tracks the dates until the key is pasted, and the dialog says so.
 */
export function StartEvaluationDialog({ entities, onClose }: { entities: readonly Entity[]; onClose: () => void }) {
  const { t, i18n } = useTranslation('licenses');
  const toast = useToast((s) => s.show);
  const [now] = useState(() => new Date());
  const [entityId, setEntityId] = useState(entities.length === 1 ? (entities[0]?.id ?? '') : '');
  const [product, setProduct] = useState<ProductId>('conex-books');
  const [deployment, setDeployment] = useState<Deployment>('server');
  const [serverId, setServerId] = useState('');
  const [licensee, setLicensee] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [saving, setSaving] = useState(false);
  const major = useLiveQuery(() => currentMajor(toCalendarDate(now)), [now]);
  const token = useLiveQuery(signedInToken);
  // After Conex could not be reached, the user may still track the dates offline.
  const [offlineOffered, setOfflineOffered] = useState(false);
  const warnings = useDeploymentWarnings({ entityId, serverId }, entities);
  const terms = evaluationTerms(deployment, now);
  // The licensee follows the entity's name until the user types one.
  const licenseeValue = licensee ?? entities.find((e) => e.id === entityId)?.name ?? '';

  const fromConex = async (input: EvaluationInput, apiToken: string) => {
    const checked = checkEvaluationInput(input);
    if (!checked.ok) return checked;
    const entity = entities.find((x) => x.id === entityId);
    const request = { product, deployment, serverId, licensee: licenseeValue, entity: entity?.name ?? '', country: entity?.country ?? '' };
    const deps = { db: db(), apiUrl: currentApiUrl(), token: apiToken, now: () => new Date(), newId: () => crypto.randomUUID() };
    return evaluationFromConex(deps, request, entityId);
  };

  const submit = async (e: FormEvent | null, offline = false) => {
    e?.preventDefault();
    if (major === undefined) return;
    setSaving(true);
    const input = { entityId, product, deployment, serverId, licensee: licenseeValue, majorVersion: major };
    const apiToken = offline ? null : await signedInToken();
    const result: EvaluationResult = apiToken
      ? await fromConex(input, apiToken)
      : await startEvaluation(db(), input, new Date(), crypto.randomUUID(), randomSenDigits);
    setSaving(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setOfflineOffered(result.error.code === 'evaluation.notIssued');
      return setFormError(result.fieldErrors ? '' : errorText(t, result.error, i18n.language));
    }
    toast({
      severity: 'success',
      ns: 'licenses',
      message: (t) => t(apiToken ? 'evaluation.issued' : 'evaluation.started', { sen: result.value.sen }),
    });
    onClose();
    useNavigation.getState().go({ screen: 'licenses', licenseId: result.value.id });
  };

  const fieldError = (field: string) => (errors[field] ? t(errors[field]) : undefined);

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="start-evaluation-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="start-evaluation-title">{t('evaluation.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {token !== undefined && (
              <Alert severity={token ? 'success' : 'warning'}>{t(token ? 'evaluation.online' : 'evaluation.offline')}</Alert>
            )}
            <Alert severity="info">
              {t('evaluation.terms', { tier: terms.tier, end: formatInstant(terms.endsAt.toISOString(), i18n.language) })}
            </Alert>
            <EntityField
              entities={entities}
              label={t('evaluation.entity')}
              value={entityId}
              onChange={setEntityId}
              error={fieldError('entityId')}
            />
            <TextField select label={t('evaluation.product')} value={product} onChange={(e) => setProduct(e.target.value as ProductId)}>
              {PRODUCT_IDS.map((p) => (
                <MenuItem key={p} value={p}>
                  {t(`keys:products.${p}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('evaluation.deployment')}
              value={deployment}
              onChange={(e) => setDeployment(e.target.value as Deployment)}
            >
              {DEPLOYMENTS.map((d) => (
                <MenuItem key={d} value={d}>
                  {t(`keys:deployments.${d}`)}
                </MenuItem>
              ))}
            </TextField>
            {deployment === 'cloud' && <Alert severity="warning">{t('evaluation.cloudNoBackups')}</Alert>}
            <TextField
              label={t('evaluation.serverId')}
              value={serverId}
              onChange={(e) => setServerId(e.target.value)}
              required
              error={Boolean(errors.serverId)}
              helperText={fieldError('serverId') ?? (deployment === 'cloud' ? t('evaluation.cloudSiteHelp') : t('evaluation.serverIdHelp'))}
              slotProps={{ htmlInput: ltrInputProps }}
            />
            <TextField
              label={t('evaluation.licensee')}
              value={licenseeValue}
              onChange={(e) => setLicensee(e.target.value)}
              required
              error={Boolean(errors.licensee)}
              helperText={fieldError('licensee')}
            />
            <WarningList warnings={warnings} />
            {formError && (
              <Alert severity="error" role="alert">
                {formError}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          {offlineOffered && (
            <Button onClick={() => void submit(null, true)} disabled={saving}>
              {t('evaluation.trackOnly')}
            </Button>
          )}
          <Button type="submit" variant="contained" disabled={saving || major === undefined || entities.length === 0}>
            {t('evaluation.start')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
