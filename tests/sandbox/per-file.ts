import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Device } from './devices';
import { startSandbox, type Sandbox } from './server';

/** An in-memory sandbox for one test file, and the app "computers" a test opens against it, disposed after each test. */
export function sandboxPerFile(now: () => Date): { readonly sandbox: Sandbox; readonly devices: Device[] } {
  let sandbox: Sandbox | undefined;
  const devices: Device[] = [];
  beforeAll(async () => {
    sandbox = await startSandbox({ dbPath: ':memory:', now });
  });
  afterAll(() => sandbox?.close());
  afterEach(async () => {
    await Promise.all(devices.splice(0).map((d) => d.dispose()));
  });
  return {
    get sandbox() {
      if (!sandbox) throw new Error('the sandbox starts in beforeAll');
      return sandbox;
    },
    devices,
  };
}
