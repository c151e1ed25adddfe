import { useState } from 'preact/hooks';
import { authApi } from '../api/endpoints';
import { t } from '../i18n';
import { navigate, useQuery } from '../router';
import { TextField } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { usePageTitle } from '../ui/usePageTitle';
import { checkPassword, checkPhone, hasErrors, type Errors } from '../ui/validate';
import { NewPasswordField } from './NewPasswordField';
import { PhoneCodeField, checkCode } from './PhoneCodeField';

function PhoneInput({ value, error, onValue }: { value: string; error?: string; onValue: (v: string) => void }) {
  return (
    <TextField
      label={t('手机号')}
      type="tel"
      inputMode="numeric"
      autoComplete="username"
      maxLength={11}
      value={value}
      error={error}
      onValue={(v) => onValue(v.replace(/\D/g, ''))}
    />
  );
}

/** 忘记密码: a new password with a code sent to the account's phone. */
export function ForgotPasswordPage() {
  usePageTitle(t('找回密码'));
  const [form, setForm] = useState({ phone: useQuery().get('phone') ?? '', code: '', password: '' });
  const [errors, setErrors] = useState<Errors<'phone' | 'code' | 'password'>>({});
  const { busy, error, run } = useAction();
  const set = (k: keyof typeof form) => (v: string) => {
    setForm((f) => ({ ...f, [k]: v }));
    setErrors((e) => ({ ...e, [k]: undefined }));
  };

  async function submit(e: Event) {
    e.preventDefault();
    const errs = { phone: checkPhone(form.phone), code: checkCode(form.code), password: checkPassword(form.password) };
    setErrors(errs);
    if (hasErrors(errs)) return;
    const done = await run(async () => {
      await authApi.resetPassword(form);
      return true;
    });
    if (done) navigate(`/login?reset=1`, { replace: true });
  }

  return (
    <section class="auth-card card">
      <h1>{t('找回密码')}</h1>
      <form onSubmit={submit} noValidate>
        <PhoneInput value={form.phone} error={errors.phone} onValue={set('phone')} />
        <PhoneCodeField phone={form.phone} purpose="reset" value={form.code} error={errors.code} onValue={set('code')} checkPhone={() => checkPhone(form.phone)} />
        <NewPasswordField label={t('新密码')} value={form.password} error={errors.password} onValue={set('password')} />
        {error && <Notice kind="error">{error}</Notice>}
        <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
          {busy ? t('处理中…') : t('重置密码')}
        </button>
      </form>
      <p class="auth-switch">
        <a href="/login">{t('返回登录')}</a>
      </p>
    </section>
  );
}

/** 解除锁定: the phone's holder lifts a lock left by failed logins (someone else's guesses). */
export function UnlockPage() {
  usePageTitle(t('解除账号锁定'));
  const [form, setForm] = useState({ phone: useQuery().get('phone') ?? '', code: '' });
  const [errors, setErrors] = useState<Errors<'phone' | 'code'>>({});
  const { busy, error, run } = useAction();
  const set = (k: keyof typeof form) => (v: string) => {
    setForm((f) => ({ ...f, [k]: v }));
    setErrors((e) => ({ ...e, [k]: undefined }));
  };

  async function submit(e: Event) {
    e.preventDefault();
    const errs = { phone: checkPhone(form.phone), code: checkCode(form.code) };
    setErrors(errs);
    if (hasErrors(errs)) return;
    const done = await run(async () => {
      await authApi.unlock(form);
      return true;
    });
    if (done) navigate(`/login?unlocked=1`, { replace: true });
  }

  return (
    <section class="auth-card card">
      <h1>{t('解除账号锁定')}</h1>
      <p>{t('密码连续输错多次后，账号会被临时锁定。验证手机号后即可立即解锁。')}</p>
      <form onSubmit={submit} noValidate>
        <PhoneInput value={form.phone} error={errors.phone} onValue={set('phone')} />
        <PhoneCodeField phone={form.phone} purpose="unlock" value={form.code} error={errors.code} onValue={set('code')} checkPhone={() => checkPhone(form.phone)} />
        {error && <Notice kind="error">{error}</Notice>}
        <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
          {busy ? t('处理中…') : t('解除锁定')}
        </button>
      </form>
      <p class="auth-switch">
        <a href="/forgot-password">{t('忘记密码？')}</a>
      </p>
    </section>
  );
}
