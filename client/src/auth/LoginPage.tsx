import { useState } from 'preact/hooks';
import type { ApiError } from '../api/http';
import { useAction } from '../ui/useAction';
import { t } from '../i18n';
import { navigate, safeNext, useQuery } from '../router';
import { TextField } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { usePageTitle } from '../ui/usePageTitle';
import { checkPhone, hasErrors, type Errors } from '../ui/validate';
import { login } from './session';

export function LoginPage() {
  usePageTitle(t('登录'));
  const query = useQuery();
  const next = safeNext(query.get('next'));
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors<'phone' | 'password'>>({});
  const { busy, error, run } = useAction();
  const [locked, setLocked] = useState(false);
  /** Minutes to wait when the account is locked (from the 429's retryAfterSeconds). */
  const [waitMinutes, setWaitMinutes] = useState<number>();

  async function submit(e: Event) {
    e.preventDefault();
    const errs = { phone: checkPhone(phone), password: password ? undefined : t('请输入密码') };
    setErrors(errs);
    if (hasErrors(errs)) return;
    setLocked(false);
    const user = await run(() =>
      login(phone.trim(), password).catch((e: ApiError) => {
        if (e.code === 'LOGIN_THROTTLED') {
          setLocked(true);
          setWaitMinutes(e.retryAfterSeconds ? Math.max(1, Math.ceil(e.retryAfterSeconds / 60)) : undefined);
        }
        throw e;
      }),
    );
    if (user !== undefined) navigate(next, { replace: true });
  }

  return (
    <section class="auth-card card">
      <h1>{t('登录')}</h1>
      {query.get('expired') && <Notice kind="warn">{t('登录已过期，请重新登录')}</Notice>}
      {query.get('reset') && <Notice kind="success">{t('密码已重置，请用新密码登录')}</Notice>}
      {query.get('unlocked') && <Notice kind="success">{t('账号已解锁，请重新登录')}</Notice>}
      {next.startsWith('/invitations/') && (
        <Notice>{t('请使用接收调解邀请的手机号登录，登录后将返回邀请页面。')}</Notice>
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('手机号')}
          type="tel"
          inputMode="numeric"
          autoComplete="username"
          maxLength={11}
          value={phone}
          error={errors.phone}
          onValue={(v) => setPhone(v.replace(/\D/g, ''))}
        />
        <TextField
          label={t('密码')}
          type="password"
          autoComplete="current-password"
          value={password}
          error={errors.password}
          onValue={setPassword}
        />
        {error && (
          <Notice kind="error">
            {error}
            {locked && (
              <>
                {waitMinutes !== undefined && ` ${t('约 {n} 分钟后可以再试。', { n: waitMinutes })}`}{' '}
                <a href={`/unlock?phone=${encodeURIComponent(phone)}`}>{t('用短信验证码解锁')}</a>
              </>
            )}
          </Notice>
        )}
        <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
          {busy ? t('正在登录…') : t('登录')}
        </button>
      </form>
      <p class="auth-switch">
        {t('还没有账号？')}
        <a href={`/register?next=${encodeURIComponent(next)}`}>{t('立即注册')}</a>
        {' · '}
        <a href={`/forgot-password${phone ? `?phone=${phone}` : ''}`}>{t('忘记密码？')}</a>
      </p>
    </section>
  );
}
