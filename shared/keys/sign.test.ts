import { describe, expect, it } from 'vitest';
import { samplePayload, sandboxSigner } from '../../tests/fixtures/keys';
import { decodeBase64Url } from './base64url';
import { signKey, signPayloadText } from './sign';

describe('signKey', () => {
  it('makes CX1.<base64url JSON>.<base64url 64-byte signature>', async () => {
    const key = await signKey(samplePayload(), sandboxSigner);
    const [prefix, payload, signature] = key.split('.');
    expect(prefix).toBe('CX1');
    expect(JSON.parse(new TextDecoder().decode(decodeBase64Url(payload!)))).toEqual(samplePayload());
    expect(decodeBase64Url(signature!)).toHaveLength(64);
  });

  it('is deterministic, as Ed25519 is', async () => {
    expect(await signKey(samplePayload(), sandboxSigner)).toBe(await signKey(samplePayload(), sandboxSigner));
  });

  it('refuses to sign a payload the schema rejects: that is a bug in the caller', async () => {
    await expect(signKey(samplePayload({ tier: 'Gold' as never }), sandboxSigner)).rejects.toThrow();
  });

  it('signPayloadText signs any text as it stands', async () => {
    const key = await signPayloadText('not json', sandboxSigner);
    expect(new TextDecoder().decode(decodeBase64Url(key.split('.')[1]!))).toBe('not json');
  });
});
