import { isCommittee, logout, ROLE_LABELS, useSession } from '../auth/session';
import { NotificationBell } from '../loop/NotificationBell';
import { localeStore, setLocale, t } from '../i18n';
import { useLocation } from '../router';
import { ElderToggle } from '../elder/ElderToggle';

function NavLink({ href, children }: { href: string; children: string }) {
  const { path } = useLocation();
  const active = href === '/' ? path === '/' || /^\/cases\/(?!new)/.test(path) : path.startsWith(href);
  return (
    <a href={href} class={active ? 'nav-link active' : 'nav-link'} aria-current={active ? 'page' : undefined}>
      {children}
    </a>
  );
}

export function Header() {
  const session = useSession();
  const user = session.user;
  const en = localeStore.get() === 'en';
  return (
    <header class="site-header">
      <div class="container header-row">
        <a href="/" class="brand">
          <span class="brand-mark" aria-hidden="true">
            舟
          </span>
          <span class="brand-text">{t('合舟·在线调解')}</span>
        </a>
        <div class="header-tools">
          <ElderToggle compact />
          {user && (
            <span class="who">
              <span class="who-name">{user.name}</span>
              <span class="who-role">{t(ROLE_LABELS[user.role] ?? user.role)}</span>
            </span>
          )}
          <button
            type="button"
            class="btn-link lang"
            lang={en ? 'zh-CN' : 'en'}
            aria-label={en ? '中文（切换到中文）' : 'EN (Switch to English)'}
            onClick={() => void setLocale(en ? 'zh-CN' : 'en')}
          >
            {en ? '中文' : 'EN'}
          </button>
          {user && (
            <button type="button" class="btn-link" onClick={() => logout()}>
              {t('退出')}
            </button>
          )}
        </div>
      </div>
      {user && (
        <nav class="container nav" aria-label={t('主导航')}>
          {user.role === 'partner' ? <NavLink href="/">{t('转办事项')}</NavLink> : <NavLink href="/">{t('我的案件')}</NavLink>}
          {user.role === 'party' && <NavLink href="/cases/new">{t('申请调解')}</NavLink>}
          {isCommittee(user) && <NavLink href="/committee">{t('调委会工作台')}</NavLink>}
          {isCommittee(user) && <NavLink href="/referrals">{t('转办事项')}</NavLink>}
          {user.role === 'mediator' && <NavLink href="/my-schedule">{t('我的调解日程')}</NavLink>}
          <NavLink href="/mediators">{t('调解员名录')}</NavLink>
          {user.role !== 'party' && user.role !== 'partner' && <NavLink href="/statistics">{t('调解统计')}</NavLink>}
          <NotificationBell />
          {user.role === 'court_staff' && <NavLink href="/court">{t('法院工作台')}</NavLink>}
          {user.role !== 'party' && user.role !== 'partner' && <NavLink href="/similar-cases">{t('类案检索')}</NavLink>}
          {user.role === 'admin' && <NavLink href="/admin/audit">{t('审计日志')}</NavLink>}
          <NavLink href="/calculator">{t('计算器')}</NavLink>
        </nav>
      )}
      {!user && (
        <nav class="container nav" aria-label={t('主导航')}>
          <NavLink href="/calculator">{t('计算器')}</NavLink>
        </nav>
      )}
    </header>
  );
}
