import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { caseNo, formatDateTime } from '../ui/format';
import { Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { usePageTitle } from '../ui/usePageTitle';
import { verifyApi, type VerificationResponse } from './agreements-api';
import './agreements.css';

const TYPE_LABELS: Record<string, string> = { agreement: '人民调解协议书', session_record: '调解笔录' };

/** Public: anyone checks a document by its verification code or by the file itself. No login. */
export function VerifyPage({ code: initial }: { code?: string }) {
  usePageTitle(t('文书核验'));
  const [code, setCode] = useState(initial ?? '');
  const [result, setResult] = useState<VerificationResponse>();
  const byCode = useAction();
  const byFile = useAction();

  async function check(e?: Event) {
    e?.preventDefault();
    const r = await byCode.run(() => verifyApi.byCode(code));
    if (r) setResult(r);
  }

  async function checkFile(file: File | undefined) {
    if (!file) return;
    const r = await byFile.run(() => verifyApi.byFile(file));
    if (r) setResult(r);
  }

  useEffect(() => {
    if (initial) void check();
  }, []);

  return (
    <div class="verify card section">
      <h1>{t('文书真伪核验')}</h1>
      <p class="muted">{t('输入文书上的验证码，或上传收到的 PDF 文件，核验它是否为本平台出具的现行有效文书。')}</p>
      <form class="row" onSubmit={check}>
        <input aria-label={t('验证码')} value={code} onInput={(e) => setCode(e.currentTarget.value)} placeholder="XXXX-XXXX-XXXX" maxLength={20} />
        <button type="submit" class="btn btn-primary" disabled={byCode.busy || !code.trim()}>{t('核验')}</button>
      </form>
      <label class="field">
        <span>{t('上传 PDF 文件核验')}</span>
        <input type="file" accept="application/pdf,.pdf" aria-label={t('上传 PDF 文件核验')} onChange={(e) => checkFile(e.currentTarget.files?.[0])} />
      </label>
      {(byCode.error || byFile.error) && <Notice kind="error">{byCode.error ?? byFile.error}</Notice>}
      {result && <Verdict r={result} />}
    </div>
  );
}

function Verdict({ r }: { r: VerificationResponse }) {
  return (
    <div class={`verdict ${r.valid ? 'verdict-valid' : 'verdict-invalid'}`} role="status" data-testid="verdict" data-valid={String(r.valid)}>
      <p class="verdict-title">{r.valid ? t('✓ 真实有效：本文书由本平台出具，且为现行有效版本') : r.status === 'unknown' ? t('✗ 无法核验：本平台没有出具过与之完全一致的文书（文件可能被修改）') : t('✗ 该文书已不是现行有效版本')}</p>
      {r.documentType && (
        <dl class="kv">
          <dt>{t('文书类型')}</dt><dd>{t(TYPE_LABELS[r.documentType] ?? r.documentType)}</dd>
          <dt>{t('案件编号')}</dt><dd>{caseNo(r.caseNumber)}</dd>
          <dt>{t('生效时间')}</dt><dd>{r.effectiveAt ? formatDateTime(r.effectiveAt) : '—'}</dd>
        </dl>
      )}
      {r.sha256 && <p class="mono hash small">SHA-256 {r.sha256}</p>}
    </div>
  );
}
