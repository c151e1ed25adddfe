import { createStore, useStore } from './ui/store';

export interface Location {
  path: string;
  search: string;
}

const read = (): Location => ({ path: window.location.pathname, search: window.location.search });
export const locationStore = createStore<Location>(read());

window.addEventListener('popstate', () => locationStore.set(read()));

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const url = new URL(to, window.location.origin);
  const same = url.pathname + url.search === window.location.pathname + window.location.search;
  if (opts.replace || same) window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  else window.history.pushState(null, '', url.pathname + url.search + url.hash);
  locationStore.set(read());
  if (!opts.replace) window.scrollTo(0, 0);
}

export function useLocation(): Location {
  return useStore(locationStore);
}

export function useQuery(): URLSearchParams {
  return new URLSearchParams(useLocation().search);
}

/** Current path + query, used as `next=` when sending someone to log in. */
export function currentTarget(): string {
  return window.location.pathname + window.location.search;
}

export function loginUrl(next = currentTarget(), extra = ''): string {
  return `/login?next=${encodeURIComponent(next)}${extra}`;
}

/** Only allow same-site relative paths as redirect targets. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

export type Params = Record<string, string>;

/** Match '/cases/:id' style patterns. Returns params or null. */
export function matchPath(pattern: string, path: string): Params | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.replace(/\/+$/, '').split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Params = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) {
      try {
        params[p[i].slice(1)] = decodeURIComponent(s[i]);
      } catch {
        return null;
      }
    } else if (p[i] !== s[i]) return null;
  }
  return params;
}

/** Turn same-origin <a href> clicks into history navigation. */
export function interceptLinks(): void {
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || !a.href || a.target || a.hasAttribute('download') || a.dataset.native !== undefined) return;
    const url = new URL(a.href);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
    e.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}
