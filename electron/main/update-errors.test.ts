import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateErrorStatus } from './update-errors';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('update failure messages', () => {
  it.each([
    [new Error('net::ERR_INTERNET_DISCONNECTED'), 'offline', true],
    [new Error('getaddrinfo ENOTFOUND updates.conex.dz'), 'offline', true],
    [new Error('net::ERR_CONNECTION_TIMED_OUT'), 'offline', true],
    [
      withCode('New version 1.2.0 is not signed by the application owner: publisherNames: Conex', 'ERR_UPDATER_INVALID_SIGNATURE'),
      'signature',
      false,
    ],
    [new Error('Code signature at URL file:///x did not pass validation'), 'signature', false],
    [new Error('sha512 checksum mismatch, expected abc, got def'), 'integrity', false],
    [withCode('Cannot find channel "beta.yml" update info: HttpError: 404', 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND'), 'feed', false],
    [new Error('ENOSPC: no space left on device, write'), 'disk', false],
    [new Error('something odd'), 'generic', false],
    ['a string thrown', 'generic', false],
  ])('%s → %s', (error, key, offline) => {
    expect(updateErrorStatus(error)).toEqual({ state: 'error', messageKey: `desktop:updater.errors.${key}`, offline });
  });
});

describe('update failure messages are translated', () => {
  const load = (lang: string) =>
    JSON.parse(readFileSync(join(import.meta.dirname, '../../renderer/i18n/locales', lang, 'desktop.json'), 'utf8')) as {
      updater: { errors: Record<string, string> };
    };

  it.each(['en', 'fr', 'ar'])('every message key exists in %s', (lang) => {
    const errors = load(lang).updater.errors;
    const samples = [
      new Error('net::ERR_INTERNET_DISCONNECTED'),
      new Error('not signed by the application owner'),
      new Error('sha512 checksum mismatch'),
      new Error('HttpError: 404'),
      new Error('ENOSPC'),
      new Error('?'),
    ];
    for (const sample of samples) {
      const key = updateErrorStatus(sample).messageKey.replace('desktop:updater.errors.', '');
      expect(errors[key], key).toBeTruthy();
    }
  });
});
