import { describe, expect, it } from 'vitest';
import { defaultAppUrl, readAppUrl } from './appUrl';

describe('readAppUrl', () => {
  it('takes http(s) URLs, absolute or relative, as written', () => {
    expect(readAppUrl('https://example.org/ae/')).toEqual('https://example.org/ae/');
    expect(readAppUrl(' http://localhost:5173/ ')).toEqual('http://localhost:5173/');
    expect(readAppUrl('/ae/')).toEqual('/ae/');
    expect(readAppUrl('../explorer/index.html')).toEqual('../explorer/index.html');
  });

  it('hides the link for none or empty', () => {
    expect(readAppUrl('none')).toBeUndefined();
    expect(readAppUrl('  ')).toBeUndefined();
  });

  it('refuses every other scheme and what is no URL', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      'mailto:a@b.c',
      'http://[::1',
      `https://example.org/${'a'.repeat(3000)}`,
    ])
      expect(readAppUrl(bad), bad).toBeNull();
  });
});

describe('defaultAppUrl', () => {
  it("is the script's folder for the published file beside the app", () => {
    expect(defaultAppUrl('https://example.org/ae/activation-explorer.js')).toBe(
      'https://example.org/ae/',
    );
    expect(defaultAppUrl('http://127.0.0.1:4173/activation-explorer.js?v=2')).toBe(
      'http://127.0.0.1:4173/',
    );
  });

  it('is none for a bundler chunk or a package file, whose folder holds no app', () => {
    for (const url of [
      'https://blog.example/assets/chunks/theme.B5x9.js',
      'https://blog.example/assets/activation-explorer-Cq1x2.js',
      'http://localhost:5173/node_modules/activation-explorer/dist/activation-explorer.js',
      'https://cdn.jsdelivr.net/npm/activation-explorer@0.1.0/dist/activation-explorer.js',
      'https://unpkg.com/activation-explorer@0.1/dist/activation-explorer.js',
    ])
      expect(defaultAppUrl(url), url).toBeUndefined();
  });
});
