import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { TextField } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { agreementsApi, type AgreementResponse } from './agreements-api';
import { SignaturePad } from './SignaturePad';

/** Sign the finalised version: a code to the signer's phone, then the handwritten signature. */
export function SigningPanel({ a, onSigned }: { a: AgreementResponse; onSigned: (next: AgreementResponse) => void }) {
  const [sentTo, setSentTo] = useState<string>();
  const [code, setCode] = useState('');
  const [image, setImage] = useState<string | null>(null);
  const send = useAction();
  const sign = useAction();

  async function requestCode() {
    const sent = await send.run(() => agreementsApi.sendCode(a.id));
    if (sent) setSentTo(sent.phone);
  }

  async function submit(e: Event) {
    e.preventDefault();
    if (!image) return;
    const next = await sign.run(() => agreementsApi.sign(a.id, code.trim(), image));
    if (next) onSigned(next);
  }

  return (
    <form class="signing card-inset" onSubmit={submit} aria-label={t('签署协议')}>
      <h3>{t('签署第 {v} 版协议', { v: String(a.finalVersion ?? a.version) })}</h3>
      <p class="muted small">{t('签署前请完整阅读上方协议内容。签名将与本版本协议的 SHA-256 摘要一并记录。')}</p>
      <div class="row">
        <button type="button" class="btn" onClick={requestCode} disabled={send.busy}>
          {sentTo ? t('重新获取验证码') : t('获取短信验证码')}
        </button>
        {sentTo && <span class="muted small" data-testid="code-sent">{t('验证码已发送至 {phone}', { phone: sentTo })}</span>}
      </div>
      {send.error && <Notice kind="error">{send.error}</Notice>}
      <TextField label={t('短信验证码')} value={code} onValue={setCode} inputMode="numeric" maxLength={6} autoComplete="one-time-code" />
      <SignaturePad onChange={setImage} />
      {sign.error && <Notice kind="error">{sign.error}</Notice>}
      <button type="submit" class="btn btn-primary" disabled={sign.busy || !image || code.trim().length !== 6}>
        {sign.busy ? t('签署中…') : t('确认签署')}
      </button>
    </form>
  );
}
