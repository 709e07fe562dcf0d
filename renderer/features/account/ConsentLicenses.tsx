import { Box, Checkbox, FormControlLabel, FormGroup, FormLabel } from '@mui/material';
import { useTranslation } from 'react-i18next';

export interface ConsentCandidate {
  id: string;
  sen: string;
}

/**
 * Which licenses of the entity the request moves (R-LIC-6): the open license
 * always, and any others of the same entity the user ticks.
 */
export function ConsentLicenses({
  candidates,
  current,
  chosen,
  onChange,
}: {
  candidates: readonly ConsentCandidate[];
  current: string;
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}) {
  const { t } = useTranslation('account');
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <FormLabel component="legend">{t('consent.licenses')}</FormLabel>
      <FormGroup sx={{ maxHeight: 200, overflowY: 'auto', flexWrap: 'nowrap' }}>
        {candidates.map((c) => (
          <FormControlLabel
            key={c.id}
            label={c.id === current ? t('consent.thisLicense', { sen: c.sen }) : c.sen}
            control={
              <Checkbox
                checked={c.id === current || chosen.has(c.id)}
                disabled={c.id === current}
                onChange={(e) => toggle(c.id, e.target.checked)}
              />
            }
          />
        ))}
      </FormGroup>
    </Box>
  );
}
