import { useEffect, useState } from 'preact/hooks';
import { authApi, type CodePurpose } from '../api/endpoints';
import { t } from '../i18n';
import { errorMessage } from '../ui/useAction';
import { PHONE_RE } from '../ui/validate';

interface Props {
  phone: string;
  purpose: CodePurpose;
  value: string;
  error?: string;
  onValue: (code: string) => void;
  /** Called before sending; return a message to refuse (e.g. the phone field is empty). */
  checkPhone?: () => string | undefined;
}

/** 验证码 input with a 获取验证码 button that counts down the minute before another code may be asked for. */
export function PhoneCodeField({ phone, purpose, value, error, onValue, checkPhone }: Props) {
  const [wait, setWait] = useState(0);
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  async function send() {
    const refused = checkPhone?.() ?? (PHONE_RE.test(phone) ? undefined : t('请先填写正确的手机号'));
    if (refused) return setStatus({ kind: 'error', text: refused });
    setSending(true);
    setStatus(undefined);
    try {
      const sent = await authApi.sendCode(phone, purpose);
      setWait(sent.resendAfterSeconds);
      setStatus({ kind: 'ok', text: t('验证码已发送至 {phone}，{minutes} 分钟内有效', { phone, minutes: Math.ceil(sent.expiresInSeconds / 60) }) });
    } catch (e) {
      const retry = (e as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retry) setWait(retry);
      setStatus({ kind: 'error', text: errorMessage(e) });
    } finally {
      setSending(false);
    }
  }

  const id = `code-${purpose}`;
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>{t('验证码')}</label>
      <div class="code-row">
        <input
          id={id}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={value}
          aria-invalid={!!error}
          aria-describedby={`${id}-status`}
          onInput={(e) => onValue(e.currentTarget.value.replace(/\D/g, ''))}
        />
        <button type="button" class="btn" onClick={send} disabled={sending || wait > 0}>
          {wait > 0 ? t('{s} 秒后重新获取', { s: wait }) : sending ? t('发送中…') : t('获取验证码')}
        </button>
      </div>
      <p id={`${id}-status`} class={status?.kind === 'error' || error ? 'field-error' : 'field-hint'} role="status">
        {error ?? status?.text ?? ''}
      </p>
    </div>
  );
}

export const checkCode = (code: string) => (/^\d{6}$/.test(code) ? undefined : t('请输入 6 位数字验证码'));
