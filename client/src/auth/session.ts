import { authApi } from '../api/endpoints';
import { setSessionExpiredHandler } from '../api/http';
import { tokens } from '../api/tokens';
import type { AuthTokens, Me, Role } from '../api/types';
import { currentTarget, loginUrl, navigate } from '../router';
import { createStore, useStore } from '../ui/store';

export type Session =
  | { status: 'loading'; user: null }
  | { status: 'anonymous'; user: null }
  | { status: 'authenticated'; user: Me };

export const sessionStore = createStore<Session>({ status: 'loading', user: null });
export const useSession = () => useStore(sessionStore);

const anonymous: Session = { status: 'anonymous', user: null };

/** Load the current user if we hold tokens. Network errors keep the tokens. */
export async function restoreSession(): Promise<void> {
  if (!tokens.access() && !tokens.refresh()) {
    sessionStore.set(anonymous);
    return;
  }
  try {
    sessionStore.set({ status: 'authenticated', user: await authApi.me() });
  } catch (e) {
    if ((e as { status?: number }).status === 401) tokens.clear();
    sessionStore.set(anonymous);
  }
}

async function start(t: AuthTokens): Promise<Me> {
  tokens.save(t);
  const user = await authApi.me();
  sessionStore.set({ status: 'authenticated', user });
  return user;
}

export const login = async (phone: string, password: string) => start(await authApi.login({ phone, password }));

export const register = async (name: string, phone: string, code: string, password: string) =>
  start(await authApi.register({ name, phone, code, password }));

export async function logout(next?: string): Promise<void> {
  const refreshToken = tokens.refresh();
  tokens.clear();
  sessionStore.set(anonymous);
  navigate(next ? loginUrl(next) : '/login');
  if (refreshToken) authApi.logout(refreshToken).catch(() => undefined);
}

setSessionExpiredHandler(() => {
  sessionStore.set(anonymous);
  const path = window.location.pathname;
  if (path === '/login' || path === '/register') return;
  navigate(loginUrl(currentTarget(), '&expired=1'), { replace: true });
});

export const ROLE_LABELS: Record<Role, string> = {
  party: '当事人',
  mediator: '调解员',
  court_staff: '法院工作人员',
  admin: '管理员',
  partner: '协作单位',
};

export const isCommittee = (user: Me | null) => user?.role === 'mediator' || user?.role === 'admin';
