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
