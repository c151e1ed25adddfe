import { authApi } from '../api/endpoints';
import { sessionStore } from '../auth/session';
import { createStore } from '../ui/store';

const KEY = 'hz.elderMode';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** 长辈模式: larger type, high contrast, 48 px targets, simpler pages, read-aloud. */
export const elderStore = createStore<boolean>(stored());

function apply(on: boolean): void {
  document.documentElement.classList.toggle('elder', on);
  try {
    localStorage.setItem(KEY, on ? '1' : '0');
  } catch {
    /* private mode: this page only */
  }
}

/**
 * Remembered per user (on the server, so it follows him to another phone) and per browser (so the landing and login
 * pages already show it before he logs in). A login brings the user's own choice.
 */
export function startElderMode(): void {
  apply(elderStore.get());
  elderStore.subscribe(apply);
  sessionStore.subscribe((session) => {
    if (session.user && session.user.elderMode !== elderStore.get()) {
      // Chosen on this device before logging in: keep it and remember it for the user; otherwise take the user's.
      if (elderStore.get() && !session.user.elderMode) void authApi.setPreferences({ elderMode: true }).catch(() => undefined);
      else elderStore.set(session.user.elderMode);
    }
  });
}

export async function setElderMode(on: boolean): Promise<void> {
  elderStore.set(on);
  if (sessionStore.get().user) await authApi.setPreferences({ elderMode: on }).catch(() => undefined);
}
