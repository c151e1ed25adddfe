import { t } from '../i18n';
import { formatBytes, formatDateTime } from '../ui/format';
import { LoadError, Loading } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { agreementsApi, type CaseDocumentResponse } from './agreements-api';
import { saveBlob } from '../ui/save-blob';

/** The case's documents: each with its versions, SHA-256, who signed, and a download for those who may. */
export function DocumentList({ caseId, reloadKey }: { caseId: string; reloadKey: unknown }) {
  const docs = useAsync(() => agreementsApi.documents(caseId), [caseId, reloadKey]);
  if (docs.error && !docs.data) return <LoadError message={docs.error.message} onRetry={docs.reload} />;
  if (!docs.data) return <Loading />;
  if (!docs.data.length) return <p class="muted">{t('尚无文书。调解协议生效后将在此列出。')}</p>;
  return (
    <ul class="documents" data-testid="documents">
      {docs.data.map((d) => <DocumentItem key={`${d.type}-${d.sourceId}`} d={d} />)}
    </ul>
  );
}

function DocumentItem({ d }: { d: CaseDocumentResponse }) {
  const { busy, error, run } = useAction();
  const current = d.versions[d.versions.length - 1];
  async function download() {
    const blob = await run(() => agreementsApi.downloadDocument(current.downloadUrl!));
    if (blob) saveBlob(blob, `${d.title}.pdf`);
  }
  return (
    <li class="document-item" aria-label={d.title}>
      <div class="row">
        <strong>{d.typeLabel}</strong>
        <span class={`badge badge-${current.status}`}>{current.status === 'current' ? t('现行有效') : current.status === 'void' ? t('已作废') : t('已被替代')}</span>
        {current.downloadUrl && (
          <button type="button" class="btn btn-small" onClick={download} disabled={busy}>{t('下载 PDF')}</button>
        )}
      </div>
      <p class="muted small">
        {t('第 {v} 版', { v: String(current.version) })} · {formatBytes(current.sizeBytes)} · {formatDateTime(current.createdAt)}
        {current.verifyCode && <> · {t('验证码')} <span class="mono">{current.verifyCode.match(/.{1,4}/g)!.join('-')}</span></>}
      </p>
      {d.signedBy.length > 0 && <p class="small">{t('签署人')}：{d.signedBy.join('、')}</p>}
      <p class="mono hash small" title={current.sha256}>SHA-256 {current.sha256}</p>
      {error && <p class="field-error">{error}</p>}
    </li>
  );
}
