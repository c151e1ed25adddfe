import { useEffect, useRef } from 'preact/hooks';
import type { LiveCaseChanged, LiveMessage } from '../../../src/api-contract';
import { acceptLanguage, refreshTokens } from '../api/http';
import { tokens } from '../api/tokens';
import { sessionStore } from '../auth/session';
import { createStore } from '../ui/store';

type Listener = (message: LiveMessage) => void;
const listeners = new Set<Listener>();

/** Whether the stream is open now (a page may say "实时更新" or fall back to a reload button). */
export const liveConnected = createStore(false);

/** Parses the Server-Sent Events of GET /api/live as they arrive; returns when the stream ends. */
async function readEvents(body: ReadableStream<Uint8Array>, onMessage: Listener): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const data = buffer.slice(0, end).split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
      buffer = buffer.slice(end + 2);
      if (data) {
        try {
          onMessage(JSON.parse(data) as LiveMessage);
        } catch {
          /* a malformed message is skipped */
        }
      }
    }
  }
}

let running: AbortController | null = null;

/**
 * Keeps one stream open while a user is logged in: fetch with the bearer token (never in the URL), reconnect when the
 * server ends it (at the token's expiry) or the network drops, refreshing the token when it was refused.
 */
function connect(): void {
  const abort = new AbortController();
  running = abort;
  let failures = 0;
  let reconnecting = false;
  void (async () => {
    while (!abort.signal.aborted) {
      try {
        const res = await fetch('/api/live', {
          headers: { Authorization: `Bearer ${tokens.access() ?? ''}`, 'Accept-Language': acceptLanguage() },
          signal: abort.signal,
        });
        if (res.status === 401) {
          if (!(await refreshTokens())) return;
          continue;
        }
        if (!res.ok || !res.body) throw new Error(String(res.status));
        liveConnected.set(true);
        failures = 0;
        // The hello of a REconnection reaches the listeners, which reload: something may have changed meanwhile.
        const quietHello = !reconnecting;
        reconnecting = true;
        await readEvents(res.body, (m) => {
          if (m.type === 'hello' && quietHello) return;
          listeners.forEach((l) => l(m));
        });
      } catch {
        failures++;
      }
      liveConnected.set(false);
      if (abort.signal.aborted) return;
      await new Promise((r) => setTimeout(r, Math.min(30_000, 500 * 2 ** Math.min(failures, 6))));
    }
  })();
}

function disconnect(): void {
  running?.abort();
  running = null;
  liveConnected.set(false);
}

/** Starts and stops the stream with the login (call once at start-up). */
export function startLive(): void {
  const follow = () => {
    const user = sessionStore.get().user;
    if (user && !running) connect();
    if (!user && running) disconnect();
  };
  sessionStore.subscribe(follow);
  follow();
}

/** Calls `handler` for every live message while the component is mounted (the latest handler, without re-subscribing). */
export function useLive(handler: Listener): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const listener: Listener = (m) => latest.current(m);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
}

/**
 * Reloads when a case changes (one case, or any when `caseId` is null) and after every reconnect. Changes are
 * gathered for a moment so that a burst of events (one action emits several) costs one reload.
 */
export function useCaseChanges(caseId: string | null, reload: (m: LiveCaseChanged | null) => void): void {
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const pending = useRef<LiveCaseChanged | null>(null);
  useEffect(() => () => clearTimeout(timer.current), []);
  useLive((m) => {
    const relevant = m.type === 'hello' || (m.type === 'case.changed' && (caseId === null || m.caseId === caseId));
    if (!relevant) return;
    if (m.type === 'case.changed') pending.current = m;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      reload(pending.current);
      pending.current = null;
    }, 150);
  });
}
