/** The browser tests never download a browser: without a usable Chromium they stop with instructions. */
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../e2e/harness';

const saved = process.env.CHROME_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved;
});

describe('findChromium', () => {
  it('refuses a CHROME_PATH that points nowhere, naming the path', () => {
    process.env.CHROME_PATH = '/nonexistent/chromium';
    expect(() => findChromium()).toThrow('CHROME_PATH is set to /nonexistent/chromium, but no file is there.');
  });

  it('uses CHROME_PATH when it points at a file', () => {
    process.env.CHROME_PATH = process.execPath; // any existing file stands in for a browser binary
    expect(findChromium()).toBe(process.execPath);
  });
});
