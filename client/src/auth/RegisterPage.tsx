import { useState } from 'preact/hooks';
import { useAction } from '../ui/useAction';
import { t } from '../i18n';
import { navigate, safeNext, useQuery } from '../router';
import { TextField } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { usePageTitle } from '../ui/usePageTitle';
import { checkPassword, checkPhone, checkRequired, hasErrors, type Errors } from '../ui/validate';
import { NewPasswordField } from './NewPasswordField';
import { PhoneCodeField, checkCode } from './PhoneCodeField';
import { register } from './session';

type Key = 'name' | 'phone' | 'code' | 'password';

export function RegisterPage() {
  usePageTitle(t('注册'));
  const next = safeNext(useQuery().get('next'));
  const [form, setForm] = useState<Record<Key, string>>({ name: '', phone: '', code: '', password: '' });
  const [errors, setErrors] = useState<Errors<Key>>({});
  const { busy, error, run } = useAction();

  const set = (k: Key) => (v: string) => {
    setForm((f) => ({ ...f, [k]: k === 'phone' ? v.replace(/\D/g, '') : v }));
    setErrors((e) => ({ ...e, [k]: undefined }));
  };

  async function submit(e: Event) {
    e.preventDefault();
    const errs: Errors<Key> = {
      name: checkRequired(form.name, t('请输入姓名'), 50),
      phone: checkPhone(form.phone),
      code: checkCode(form.code),
      password: checkPassword(form.password),
    };
    setErrors(errs);
    if (hasErrors(errs)) return;
    const done = await run(async () => {
      await register(form.name.trim(), form.phone.trim(), form.code, form.password);
      return true;
    });
    if (done) navigate(next, { replace: true });
  }

  return (
    <section class="auth-card card">
      <h1>{t('注册')}</h1>
      {next.startsWith('/invitations/') && (
        <Notice>{t('请使用接收调解邀请的手机号注册，注册后将返回邀请页面。')}</Notice>
      )}
      <form onSubmit={submit} noValidate>
        <TextField label={t('姓名')} autoComplete="name" value={form.name} error={errors.name} onValue={set('name')} />
        <TextField
          label={t('手机号')}
          type="tel"
          inputMode="numeric"
          autoComplete="tel"
          maxLength={11}
          value={form.phone}
          error={errors.phone}
          onValue={set('phone')}
        />
        <PhoneCodeField
          phone={form.phone}
          purpose="register"
          value={form.code}
          error={errors.code}
          onValue={set('code')}
          checkPhone={() => checkPhone(form.phone)}
        />
        <NewPasswordField label={t('密码')} value={form.password} error={errors.password} onValue={set('password')} />
        {error && <Notice kind="error">{error}</Notice>}
        <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
          {busy ? t('正在注册…') : t('注册')}
        </button>
      </form>
      <p class="auth-switch">
        {t('已有账号？')}
        <a href={`/login?next=${encodeURIComponent(next)}`}>{t('去登录')}</a>
      </p>
    </section>
  );
}
