import type { Browser, Page } from 'playwright-core';

/**
 * The rule of every browser test: a page error (an uncaught exception) or a console error in any page a
 * test opens fails that test. Every browser from launch() watches its pages; after each test the errors
 * collected are asserted empty. A test that deliberately provokes one (a 404 resource, an offline fetch)
 * declares it with expectPageError(text), and only messages containing that text pass. The check runs
 * after every test of the browser suite (tests/e2e/setup.ts, vitest's setupFiles).
 */
const pageErrors: string[] = [];
let allowed: string[] = [];

/**
 * The one error the harness itself causes: its server answers sw.js with 404 unless a test asks for the
 * service worker (see serve() in harness.ts), and Chromium logs the failed registration with this text,
 * which only a service worker script's fetch produces (tests/e2e/offline.test.ts tests the real worker).
 */
const HARNESS_MADE = /^A bad HTTP response code \(404\) was received when fetching the script\.$/u;

const OWN_404 = /^Failed to load resource: the server responded with a status of 404\b/u;

/** In the current test, errors containing `text` are expected (the test provokes them). */
export function expectPageError(text: string) {
  allowed.push(text);
}

/** Reports the page errors and console errors of `page` (by default: into the running test's list). */
export function watchErrors(page: Page, report: (error: string) => void = (e) => pageErrors.push(e)) {
  const where = () => page.url() || '(blank)';
  page.on('pageerror', (e) => report(`page error at ${where()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error' || HARNESS_MADE.test(m.text())) return;
    // a test that opens a missing address gets the 404 page with status 404, and Chromium logs the document's
    // own status as a failed load: that is the answer the test asked for, not an error of the page
    if (OWN_404.test(m.text()) && m.location().url === page.url()) return;
    report(`console error at ${where()}: ${m.text()}`);
  });
}

export function instrument(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.on('page', (p) => watchErrors(p));
    return context;
  };
  browser.newPage = async (...args) => {
    const page = await newPage(...args);
    watchErrors(page);
    return page;
  };
  return browser;
}

/** The errors of the test that just ended that it did not declare; the list starts afresh. */
export function unexpectedPageErrors(): string[] {
  const unexpected = pageErrors.filter((e) => !allowed.some((a) => e.includes(a)));
  pageErrors.length = 0;
  allowed = [];
  return unexpected;
}
