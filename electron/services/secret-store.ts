import { z } from 'zod';
import { readJsonFile, writeJsonFileAtomic } from './json-file';

/** What the store needs from the OS keychain; Electron's safeStorage in the app, a fake in tests. */
export interface SecretCipher {
  /** True only when secrets can be encrypted with a key the OS protects. */
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<{ encrypted: boolean }>;
  delete(key: string): Promise<void>;
}

const fileSchema = z.object({ version: z.literal(1), secrets: z.record(z.string(), z.string()) });
type SecretFile = z.infer<typeof fileSchema>;

/**
 * Secrets (API tokens) kept encrypted on disk with the OS keychain's key. When no
 * such key exists (e.g. Linux without a keyring) nothing is written to disk: the
 * secret lives in memory for this session only and callers are told `encrypted: false`.
 */
export function createSecretStore(file: string, cipher: SecretCipher): SecretStore {
  const memory = new Map<string, string>();

  const readAll = async (): Promise<SecretFile> => (await readJsonFile(file, fileSchema)) ?? { version: 1, secrets: {} };

  return {
    async get(key) {
      if (memory.has(key)) return memory.get(key) ?? null;
      if (!cipher.isEncryptionAvailable()) return null;
      const blob = (await readAll()).secrets[key];
      if (blob === undefined) return null;
      try {
        return cipher.decryptString(Buffer.from(blob, 'base64'));
      } catch {
        // Encrypted under a key the OS no longer has (profile moved, keychain reset): as good as gone.
        return null;
      }
    },
    async set(key, value) {
      if (!cipher.isEncryptionAvailable()) {
        memory.set(key, value);
        return { encrypted: false };
      }
      memory.delete(key);
      const all = await readAll();
      all.secrets[key] = cipher.encryptString(value).toString('base64');
      await writeJsonFileAtomic(file, all);
      return { encrypted: true };
    },
    async delete(key) {
      memory.delete(key);
      const all = await readAll();
      if (!(key in all.secrets)) return;
      delete all.secrets[key];
      await writeJsonFileAtomic(file, all);
    },
  };
}
