import type { ComponentType, JSX } from 'preact';
import { NotificationsPage } from './loop/NotificationsPage';
import { StatisticsPage } from './loop/StatisticsPage';
import { AuditPage } from './loop/AuditPage';
import { ReferralsPage } from './loop/ReferralsPage';
import { useEffect, useRef } from 'preact/hooks';
import type { Role } from './api/types';
import { LoginPage } from './auth/LoginPage';
import { RegisterPage } from './auth/RegisterPage';
import { ForgotPasswordPage, UnlockPage } from './auth/RecoveryPages';
import { DevOutboxPage } from './dev/DevOutboxPage';
import { useSession } from './auth/session';
import { VerifyPage } from './agreements/VerifyPage';
import { CaseDetailPage } from './cases/CaseDetailPage';
import { CaseListPage } from './cases/CaseListPage';
import { NewCasePage } from './cases/wizard/NewCasePage';
import { CommitteePage } from './committee/CommitteePage';
import { CourtItemPage } from './court/CourtItemPage';
import { CourtQueuePage } from './court/CourtQueuePage';
import { CalculatorPage } from './guidance/CalculatorPage';
import { SimilarCasesPage } from './guidance/SimilarCasesPage';
import { localeStore, t } from './i18n';
import { InvitationPage } from './invitations/InvitationPage';
import { DirectoryPage } from './mediators/DirectoryPage';
import { MyQueuePage } from './mediators/MyQueuePage';
import { ProfilePage } from './mediators/ProfilePage';
import { LandingPage } from './home/LandingPage';
import { LiveNotices } from './live/LiveNotices';
import { SessionRoute } from './sessions/SessionRoute';
import { currentTarget, loginUrl, matchPath, navigate, safeNext, useLocation, type Params } from './router';
import { Header } from './ui/Header';
import { Loading, Notice } from './ui/Notice';
import { useStore } from './ui/store';

interface Route {
  path: string;
  render: (p: Params) => JSX.Element;
  /** 'auth': must be logged in; 'guest': login/register pages; 'any': both. */
  access: 'auth' | 'guest' | 'any';
  roles?: Role[];
}

const page = (C: ComponentType) => () => <C />;

const ROUTES: Route[] = [
  { path: '/', render: () => <Home />, access: 'any' },
  { path: '/login', render: page(LoginPage), access: 'guest' },
  { path: '/register', render: page(RegisterPage), access: 'guest' },
  { path: '/forgot-password', render: page(ForgotPasswordPage), access: 'any' },
  { path: '/unlock', render: page(UnlockPage), access: 'any' },
  { path: '/dev/outbox', render: page(DevOutboxPage), access: 'any' },
  { path: '/cases/new', render: page(NewCasePage), access: 'auth', roles: ['party'] },
  { path: '/cases/:id', render: (p) => <CaseDetailPage key={p.id} id={p.id} />, access: 'auth' },
  { path: '/invitations/:code', render: (p) => <InvitationPage key={p.code} code={p.code} />, access: 'any' },
  { path: '/committee', render: page(CommitteePage), access: 'auth', roles: ['mediator', 'admin'] },
  { path: '/notifications', render: page(NotificationsPage), access: 'auth' },
  { path: '/referrals', render: page(ReferralsPage), access: 'auth', roles: ['partner', 'mediator', 'admin'] },
  { path: '/admin/audit', render: page(AuditPage), access: 'auth', roles: ['admin'] },
  { path: '/statistics', render: page(StatisticsPage), access: 'auth', roles: ['mediator', 'court_staff', 'admin'] },
  { path: '/court', render: page(CourtQueuePage), access: 'auth', roles: ['court_staff'] },
  { path: '/court/items/:id', render: (p) => <CourtItemPage key={p.id} id={p.id} />, access: 'auth', roles: ['court_staff'] },
  { path: '/calculator', render: page(CalculatorPage), access: 'any' },
  { path: '/mediators', render: page(DirectoryPage), access: 'auth' },
  { path: '/mediators/:id', render: (p) => <ProfilePage key={p.id} id={p.id} />, access: 'auth' },
  { path: '/my-schedule', render: page(MyQueuePage), access: 'auth', roles: ['mediator'] },
  { path: '/similar-cases', render: page(SimilarCasesPage), access: 'auth', roles: ['mediator', 'court_staff', 'admin'] },
  { path: '/sessions/:id', render: (p) => <SessionRoute key={p.id} id={p.id} />, access: 'auth' },
  { path: '/verify', render: () => <VerifyPage />, access: 'any' },
  { path: '/verify/:code', render: (p) => <VerifyPage key={p.code} code={p.code} />, access: 'any' },
];

/** `/`: the landing page for visitors, the user's cases once logged in (a partner body's: its referrals). */
function Home() {
  const { user } = useSession();
  if (!user) return <LandingPage />;
  return user.role === 'partner' ? <ReferralsPage /> : <CaseListPage />;
}

function resolve(path: string): { route: Route; params: Params } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

function NotFound() {
  return (
    <div class="empty card">
      <p class="empty-title">{t('页面不存在')}</p>
      <a class="btn btn-primary" href="/">
        {t('返回首页')}
      </a>
    </div>
  );
}

function Routed() {
  const { path, search } = useLocation();
  const session = useSession();
  const match = resolve(path);
  const redirect =
    match && session.status === 'anonymous' && match.route.access === 'auth'
      ? loginUrl(currentTarget())
      : match && session.status === 'authenticated' && match.route.access === 'guest'
        ? safeNext(new URLSearchParams(search).get('next'))
        : null;

  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  if (!match) return <NotFound />;
  if (redirect || (session.status === 'loading' && match.route.access !== 'guest')) return <Loading />;
  const { route, params } = match;
  if (route.roles && session.user && !route.roles.includes(session.user.role)) {
    return <Notice kind="warn">{t('您没有访问此页面的权限。')}</Notice>;
  }
  return route.render(params);
}

export function App() {
  const locale = useStore(localeStore);
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // Move focus to the new page's heading after client-side navigation (screen readers).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const h1 = main.current?.querySelector<HTMLElement>('h1');
    if (h1) {
      h1.tabIndex = -1;
      h1.focus({ preventScroll: true });
    }
  }, [path]);

  return (
    <div key={locale} class="layout">
      <a class="skip-link" href="#main" data-native>
        {t('跳到主要内容')}
      </a>
      <Header />
      <main id="main" ref={main} class="container main">
        <Routed />
      </main>
      <LiveNotices />
      <footer class="site-footer">
        <div class="container">{t('合舟·在线调解 · 人民调解不收取任何费用')}</div>
      </footer>
    </div>
  );
}
