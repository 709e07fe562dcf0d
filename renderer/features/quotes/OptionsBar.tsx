import { Alert, Box, Button, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceBook } from '../../../shared/pricing/price-book';
import type { Quote } from '../../../shared/quote';
import { addOption, currentOptionIndex, removeOption, switchOption } from '../../../shared/quote-options';
import { errorText } from './errors';
import { optionSummaries } from './option-totals';
import type { DraftEdit } from './use-draft-autosave';

interface Props {
  quote: Quote;
  book: PriceBook;
  today: string;
  update: (edit: DraftEdit) => void;
  /** What is edited for the option open: the product tabs and the cart. */
  children: ReactNode;
  /** Option ids; a parameter so tests can name them. */
  newId?: () => string;
}

/**
 * The quote's options (issue 20): a tab per option with its own total, and
 * buttons to add an empty option, duplicate the open one, or remove it. A
 * fourth option is refused with its message; every change is autosaved.
 */
export function OptionsBar({ quote, book, today, update, children, newId = () => crypto.randomUUID() }: Props) {
  const { t, i18n } = useTranslation('quotes');
  const [refusal, setRefusal] = useState('');
  const summaries = optionSummaries(t, quote, book, today, i18n.language);
  const open = currentOptionIndex(quote);

  const add = (copy: boolean) => {
    const ids = [newId(), newId()] as const;
    const result = addOption(quote, copy, ids);
    if (!result.ok) return setRefusal(errorText(t, result.error));
    setRefusal('');
    update((q) => {
      const again = addOption(q, copy, ids);
      return again.ok ? again.value : q;
    });
  };
  const remove = () => {
    setRefusal('');
    update((q) => removeOption(q, currentOptionIndex(q)));
  };

  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="outlined" onClick={() => add(false)}>
          {t('options.add')}
        </Button>
        <Button variant="outlined" onClick={() => add(true)}>
          {t('options.duplicate')}
        </Button>
        {quote.options && (
          <Button color="error" onClick={remove}>
            {t('options.remove', { number: open + 1 })}
          </Button>
        )}
      </Stack>
      {refusal && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {refusal}
        </Alert>
      )}
      {quote.options ? (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('options.hint')}
          </Typography>
          <Tabs
            value={open}
            onChange={(_e, i: number) => {
              setRefusal('');
              update((q) => switchOption(q, i));
            }}
            aria-label={t('options.label')}
            variant="scrollable"
          >
            {summaries.map((s, i) => (
              <Tab
                key={s.id}
                value={i}
                label={s.text}
                id={`quote-option-${i}`}
                aria-controls="quote-option-panel"
                sx={{ textTransform: 'none' }}
              />
            ))}
          </Tabs>
          <Box role="tabpanel" id="quote-option-panel" aria-labelledby={`quote-option-${open}`} sx={{ pt: 2 }}>
            {children}
          </Box>
        </>
      ) : (
        children
      )}
    </Box>
  );
}
