/**
 * Registers the service worker (sw.js, written by the build from src/lib/build/offline.ts) so that after
 * one visit the whole plan reads offline. Under the site's Trusted Types policy, register() takes a
 * TrustedScriptURL: a policy that lets exactly this one URL through.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/u, '/');
const script = `${base}sw.js`;

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(u: string): string }): { createScriptURL(u: string): unknown };
}

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
  const register = () =>
    navigator.serviceWorker
      .register(scriptUrl as string, { scope: base })
      .catch((e: unknown) => console.warn('Offline reading is not available:', e));
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
