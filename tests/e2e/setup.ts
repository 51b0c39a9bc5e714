/** Runs in every browser test file: the page-error rule of tests/e2e/page-errors.ts, after each test. */
import { afterEach, expect } from 'vitest';
import { unexpectedPageErrors } from './page-errors';

afterEach(() => {
  expect(unexpectedPageErrors(), 'page errors or console errors in the pages this test opened').toEqual([]);
});
