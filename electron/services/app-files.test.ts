import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppFile } from './app-files';
import { APP_INDEX_URL, isAppUrl } from './app-origin';

const root = resolve('/opt/conex/resources/app.asar/out/renderer');

describe('serving only the app own files', () => {
  it('maps app://conex/ paths into the renderer folder', () => {
    expect(resolveAppFile(root, APP_INDEX_URL)).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://conex/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://conex/assets/index-abc.js?x=1#y')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://conex/fonts/Inter%20Bold.woff2')).toBe(join(root, 'fonts', 'Inter Bold.woff2'));
  });

  it('refuses paths that climb out of the renderer folder', () => {
    for (const url of ['app://conex/assets/%2E%2E%2F%2E%2E%2Fpackage.json', 'app://conex/..%5c..%5cwindows', 'app://conex/%00index.html']) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });

  it('resolves plain dot segments inside the folder, as the URL parser does', () => {
    expect(resolveAppFile(root, 'app://conex/../../main/index.js')).toBe(join(root, 'main', 'index.js'));
    expect(resolveAppFile(root, 'app://conex/%2e%2e/%2e%2e/secrets.json')).toBe(join(root, 'secrets.json'));
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppFile(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'not a url')).toBeNull();
  });

  it('serves scripts and styles with their types and unknown files as bytes', () => {
    expect(contentTypeFor('a/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('a/app.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('a/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/blob.bin')).toBe('application/octet-stream');
  });
});

describe('recognising the app own pages', () => {
  it('accepts app://conex pages and nothing else by default', () => {
    expect(isAppUrl('app://conex/index.html')).toBe(true);
    expect(isAppUrl('app://conex/index.html#/licenses')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@conex/index.html')).toBe(false);
    expect(isAppUrl('file:///opt/conex/index.html')).toBe(false);
    expect(isAppUrl('https://conex.dz/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });

  it('accepts the dev server origin only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'javascript:alert(1)')).toBe(false);
  });
});
