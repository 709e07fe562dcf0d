import type { PluginOption } from 'vite';
import { describe, expect, it } from 'vitest';
import { rendererConfig } from './vite.config';

/** The names of every plugin in a config, nested arrays flattened. */
function pluginNames(plugins: PluginOption[] | undefined): string[] {
  return (plugins ?? []).flat(Infinity as 1).flatMap((p) => (p && typeof p === 'object' && 'name' in p ? [p.name] : []));
}

describe('the service worker that keeps the app usable offline', () => {
  it('is built into the web page only: never into Electron, never in dev', () => {
    const web = pluginNames(rendererConfig({ command: 'build', mode: 'production' }, 'web').plugins);
    expect(web).toContain('vite-plugin-pwa');
    expect(web).toContain('conex-web-app-icons');
    for (const names of [
      pluginNames(rendererConfig({ command: 'build', mode: 'production' }, 'electron').plugins),
      pluginNames(rendererConfig({ command: 'serve', mode: 'development' }, 'web').plugins),
    ]) {
      expect(names.filter((n) => n.startsWith('vite-plugin-pwa') || n === 'conex-web-app-icons')).toEqual([]);
    }
  });
});
