import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIcns, buildIco, ICNS_TYPES, pngSize, readIcnsEntries, readIcoSizes } from './icon-formats';

const icons = join(import.meta.dirname, '..', 'resources', 'icons');
const png = (size: number) => readFile(join(icons, `${size}x${size}.png`));

describe('icon containers', () => {
  it('reads the size of a PNG and refuses other data', async () => {
    expect(pngSize(await png(48))).toEqual({ width: 48, height: 48 });
    expect(() => pngSize(Buffer.from('GIF89a...............'))).toThrow(/not a PNG/);
  });

  it('writes an .ico whose entries point at each PNG, 256 stored as 0', async () => {
    const ico = buildIco([await png(16), await png(256)]);
    expect(ico.readUInt8(6 + 16)).toBe(0);
    expect(readIcoSizes(ico)).toEqual([16, 256]);
  });

  it('refuses images too large for an .ico', async () => {
    expect(() => buildIco([Buffer.alloc(0)])).toThrow();
    await expect(png(512).then((p) => buildIco([p]))).rejects.toThrow(/at most 256/);
  });

  it('writes an .icns with every PNG type, each at its size', async () => {
    const sizes = new Map<number, Buffer>();
    for (const size of [16, 32, 64, 128, 256, 512, 1024]) sizes.set(size, await png(size));
    const entries = readIcnsEntries(buildIcns(sizes));
    expect(entries).toEqual(ICNS_TYPES.map(({ type, size }) => ({ type, width: size })));
    sizes.delete(1024);
    expect(() => buildIcns(sizes)).toThrow(/1024/);
  });

  it('the committed icon.ico and icon.icns hold every size', async () => {
    expect(readIcoSizes(await readFile(join(icons, 'icon.ico')))).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(readIcnsEntries(await readFile(join(icons, 'icon.icns'))).map((e) => e.width)).toEqual(ICNS_TYPES.map((t) => t.size));
  });
});
