import { useId, useRef, useState } from 'preact/hooks';
import { casesApi } from '../api/endpoints';
import { errorMessage, useAction } from '../ui/useAction';
import type { Evidence, Id } from '../api/types';
import { t } from '../i18n';
import { formatBytes, formatDateTime } from '../ui/format';
import { UploadRow, type UploadState } from '../ui/UploadRow';
import { checkUpload, UPLOAD_ACCEPT } from '../ui/validate';
import { saveBlob } from '../ui/save-blob';

function EvidenceItem({ e, download }: { e: Evidence; download?: () => Promise<Blob> }) {
  const { busy, error, run } = useAction();
  async function save() {
    const blob = download && (await run(download));
    if (blob) saveBlob(blob, e.fileName);
  }
  return (
    <li class="evidence-item">
      <div class="evidence-main">
        <span class="file-name">{e.fileName}</span>
        {download && (
          <button
            type="button"
            class="btn btn-small"
            onClick={save}
            disabled={busy}
            aria-label={t('下载 {name}', { name: e.fileName })}
          >
            {busy ? t('下载中…') : t('下载')}
          </button>
        )}
      </div>
      {e.description && <p class="evidence-desc">{e.description}</p>}
      <p class="muted small">
        {formatBytes(e.sizeBytes)} · {e.uploadedByName} · <span class="nowrap">{formatDateTime(e.uploadedAt)}</span>
      </p>
      {/* The fingerprint proves the file is unchanged; few need it, so it sits behind 详情. */}
      <details class="tech-details">
        <summary>{t('详情')}</summary>
        <p class="mono hash">SHA-256 {e.sha256}</p>
      </details>
      {error && <p class="text-error">{error}</p>}
    </li>
  );
}

/** The evidence list; `download` opens a file (absent: the viewer may see the list but not the files). */
export function EvidenceList({ evidence, download }: { evidence: Evidence[]; download?: (e: Evidence) => Promise<Blob> }) {
  if (evidence.length === 0) return <p class="muted">{t('暂无证据材料')}</p>;
  return (
    <ul class="evidence-list" aria-label={t('证据列表')}>
      {evidence.map((e) => (
        <EvidenceItem key={e.id} e={e} download={download && (() => download(e))} />
      ))}
    </ul>
  );
}

function UploadForm({ caseId, onUploaded }: { caseId: Id; onUploaded: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [fileError, setFileError] = useState<string>();
  const [row, setRow] = useState<{ name: string; size: number; status: UploadState } | null>(null);
  const uploading = row?.status.state === 'uploading';

  async function submit(e: Event) {
    e.preventDefault();
    if (!file) return setFileError(t('请选择要上传的文件'));
    const show = (status: UploadState) => setRow({ name: file.name, size: file.size, status });
    show({ state: 'uploading', progress: 0 });
    try {
      await casesApi.uploadEvidence(caseId, file, description, (progress) => show({ state: 'uploading', progress }));
      show({ state: 'done' });
      setFile(null);
      setDescription('');
      if (input.current) input.current.value = '';
      onUploaded();
    } catch (err) {
      show({ state: 'error', message: errorMessage(err) });
    }
  }

  return (
    <form class="upload-form" onSubmit={submit} noValidate>
      <h3>{t('补充证据')}</h3>
      <div class={`field${fileError ? ' field-invalid' : ''}`}>
        <label for={id}>{t('上传证据')}</label>
        <input
          ref={input}
          id={id}
          type="file"
          accept={UPLOAD_ACCEPT}
          aria-invalid={!!fileError}
          aria-describedby={`${id}-hint${fileError ? ` ${id}-err` : ''}`}
          disabled={uploading}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0] ?? null;
            const problem = f ? checkUpload(f) : undefined;
            setFileError(problem);
            setFile(problem ? null : f);
            setRow(null);
            if (problem) e.currentTarget.value = '';
          }}
        />
        <p class="field-hint" id={`${id}-hint`}>
          {t('支持 PDF、JPG、PNG、WEBP、MP3、M4A、MP4、DOCX、TXT，单个文件不超过 20 MB')}
        </p>
        {fileError && (
          <p class="field-error" id={`${id}-err`}>
            {fileError}
          </p>
        )}
      </div>
      <div class="field">
        <label for={`${id}-desc`}>{t('证据说明（选填）')}</label>
        <input
          id={`${id}-desc`}
          maxLength={200}
          value={description}
          disabled={uploading}
          onInput={(e) => setDescription(e.currentTarget.value)}
        />
      </div>
      {row && (
        <ul class="upload-list">
          <UploadRow name={row.name} size={row.size} status={row.status} />
        </ul>
      )}
      <button type="submit" class="btn btn-primary" disabled={uploading}>
        {uploading ? t('上传中…') : t('开始上传')}
      </button>
    </form>
  );
}

export function EvidenceSection({
  caseId,
  evidence,
  canUpload,
  canDownload,
  onChanged,
}: {
  caseId: Id;
  evidence: Evidence[];
  canUpload: boolean;
  canDownload: boolean;
  onChanged: () => void;
}) {
  return (
    <>
      <EvidenceList evidence={evidence} download={canDownload ? (e) => casesApi.downloadEvidence(caseId, e.id) : undefined} />
      {canUpload && <UploadForm caseId={caseId} onUploaded={onChanged} />}
    </>
  );
}
