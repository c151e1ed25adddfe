import { useEffect, useRef, useState } from 'preact/hooks';
import { casesApi } from '../../api/endpoints';
import { errorMessage } from '../../ui/useAction';
import type { CaseDetail } from '../../api/types';
import { t } from '../../i18n';
import { caseNo } from '../../ui/format';
import { Notice } from '../../ui/Notice';
import { UploadRow, type UploadState } from '../../ui/UploadRow';
import type { FileDraft } from './model';

/** After the case is created: upload the chosen files one by one, each with a progress bar. */
export function Submitted({ created, files }: { created: CaseDetail; files: FileDraft[] }) {
  const [states, setStates] = useState<Record<number, UploadState>>(() =>
    Object.fromEntries(files.map((f) => [f.key, { state: 'waiting' } as UploadState])),
  );
  const started = useRef(false);
  const set = (key: number, s: UploadState) => setStates((prev) => ({ ...prev, [key]: s }));

  async function upload(f: FileDraft) {
    set(f.key, { state: 'uploading', progress: 0 });
    try {
      await casesApi.uploadEvidence(created.id, f.file, f.description, (progress) =>
        set(f.key, { state: 'uploading', progress }),
      );
      set(f.key, { state: 'done' });
    } catch (e) {
      set(f.key, { state: 'error', message: errorMessage(e) });
    }
  }

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    (async () => {
      for (const f of files) await upload(f);
    })();
  }, []);

  const values = Object.values(states);
  const busy = values.some((s) => s.state === 'waiting' || s.state === 'uploading');
  const failed = values.filter((s) => s.state === 'error').length;

  return (
    <section class="stack">
      <Notice kind="success">
        <p class="notice-title">{t('调解申请已提交')}</p>
        <p>
          {t('案件编号：')}
          <strong data-testid="created-case-number">{caseNo(created.caseNumber)}</strong>
        </p>
        <p>{t('下一步：请在案件页面生成邀请链接，发送给被申请人确认是否同意调解。')}</p>
      </Notice>
      {files.length > 0 && (
        <div class="card">
          <h2 class="h3">{t('上传证据材料')}</h2>
          <ul class="upload-list">
            {files.map((f) => (
              <UploadRow
                key={f.key}
                name={f.file.name}
                size={f.file.size}
                status={states[f.key]}
                onRetry={busy ? undefined : () => upload(f)}
              />
            ))}
          </ul>
          {busy && <p class="muted">{t('正在上传，请勿关闭页面…')}</p>}
          {!busy && failed > 0 && (
            <p class="text-error">{t('{n} 个文件上传失败，可重新上传，或稍后在案件页面补充。', { n: failed })}</p>
          )}
        </div>
      )}
      {!busy && (
        <div class="actions">
          <a class="btn btn-primary" href={`/cases/${encodeURIComponent(String(created.id))}`}>
            {t('查看案件详情')}
          </a>
        </div>
      )}
    </section>
  );
}
