import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUIRED_PAYLOAD_FIELDS } from './payload';
import { KEY_ERROR_CODES, KEY_WARNING_CODES, keyError, keyWarning } from './key-errors';

type Tree = Record<string, Record<string, string>>;
const locale = (lang: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../renderer/i18n/locales', lang, 'keys.json'), 'utf8')) as Tree;

describe('key messages', () => {
  it.each(['en', 'fr', 'ar'])('every error and warning has a %s text in the keys namespace', (lang) => {
    const texts = locale(lang);
    for (const code of KEY_ERROR_CODES) expect(texts.errors?.[code], `${lang} errors.${code}`).toMatch(/\S/);
    for (const code of KEY_WARNING_CODES) expect(texts.warnings?.[code], `${lang} warnings.${code}`).toMatch(/\S/);
  });

  it.each(['en', 'fr', 'ar'])('every payload field has a %s label for the UI', (lang) => {
    const texts = locale(lang);
    for (const field of [...REQUIRED_PAYLOAD_FIELDS, 'evaluationEnd']) expect(texts.fields?.[field], field).toMatch(/\S/);
  });

  it('errors and warnings carry their message key', () => {
    expect(keyError('missingFields', { fields: 'sen' })).toEqual({
      code: 'missingFields',
      messageKey: 'keys:errors.missingFields',
      params: { fields: 'sen' },
    });
    expect(keyWarning('entityDiffers')).toEqual({ code: 'entityDiffers', messageKey: 'keys:warnings.entityDiffers' });
  });
});
