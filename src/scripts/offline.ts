/**
 * Registers the service worker (sw.js, written by the build from src/lib/build/offline.ts) so that after
 * one visit the whole plan reads offline. Under the site's Trusted Types policy, register() takes a
 * TrustedScriptURL: a policy that lets exactly this one URL through.
 *
 * After a redeployment the tab keeps its page: when the new deployment's service worker takes it over, the quiet
 * notice of src/components/UpdateNotice.astro says so and offers to reload. Should the tab still fail to load one of
 * its build's scripts (a deployment older than the previous one, or no service worker), it reloads into the new
 * version, once.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/u, '/');
const script = `${base}sw.js`;

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(u: string): string }): { createScriptURL(u: string): unknown };
}

/** Fills the notice from its template (its sentence, reload, dismiss); focus stays where the reader is. */
function showUpdated() {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  const content = document.querySelector<HTMLTemplateElement>('[data-update-content]');
  if (!notice || !content || notice.childElementCount) return;
  notice.append(content.content.cloneNode(true));
  notice.addEventListener('click', (e) => {
    const button = (e.target as Element).closest('button');
    if (button?.hasAttribute('data-reload')) location.reload();
    else if (button) notice.replaceChildren();
  });
}

const RELOADED = 'plan-explorer:reloaded';

/** Reloads into the new version, unless this page was reloaded for that a moment ago (then the error stands). */
function reloadOnce() {
  const key = RELOADED + location.href;
  try {
    if (Date.now() - Number(sessionStorage.getItem(key)) < 30_000) return;
    sessionStorage.setItem(key, String(Date.now()));
  } catch {
    return; // no storage: no way to tell a first failure from a loop
  }
  location.reload();
}

/**
 * A script of this page failed to load (Vite's event for a failed dynamic import; the caller shows its own error).
 * When the server says that script is gone, a newer deployment replaced it: reload into that version. Offline, or
 * when the script is there, nothing more.
 */
addEventListener('vite:preloadError', (e) => {
  const message = String((e as Event & { payload?: unknown }).payload ?? '');
  const script = /https?:\/\/\S+\.(?:js|css)\b/u.exec(message)?.[0];
  if (!script || !navigator.onLine) return;
  fetch(script, { method: 'HEAD', cache: 'no-store' }).then(
    (res) => {
      if (res.status === 404) reloadOnce();
    },
    () => {},
  );
});

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const tt = (window as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  const scriptUrl = tt
    ? tt
        .createPolicy('service-worker', {
          createScriptURL: (u) => {
            if (u !== script) throw new TypeError(`service-worker policy: refusing ${u}`);
            return u;
          },
        })
        .createScriptURL(script)
    : script;
  // a tab already controlled is served by the previous deployment's worker; when another takes over, that is new
  if (navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', showUpdated, { once: true });
  }
  const register = () =>
    navigator.serviceWorker
      .register(scriptUrl as string, { scope: base })
      .catch((e: unknown) => console.warn('Offline reading is not available:', e));
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
