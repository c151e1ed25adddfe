import { t } from '../i18n';
import { formatBytes } from './format';

export type UploadState =
  | { state: 'waiting' }
  | { state: 'uploading'; progress: number }
  | { state: 'done' }
  | { state: 'error'; message: string };

/** One file with a progress bar (aria-label "上传进度") and its status. */
export function UploadRow({ name, size, status, onRetry }: { name: string; size: number; status: UploadState; onRetry?: () => void }) {
  const pct = status.state === 'done' ? 100 : status.state === 'uploading' ? Math.round(status.progress * 100) : 0;
  return (
    <li class={`upload-row upload-${status.state}`}>
      <div class="upload-head">
        <span class="upload-name">{name}</span>
        <span class="upload-size">{formatBytes(size)}</span>
      </div>
      <progress max={100} value={pct} aria-label={t('上传进度')} />
      <div class="upload-status" aria-live="polite">
        {status.state === 'waiting' && t('等待上传')}
        {status.state === 'uploading' && `${t('上传中')} ${pct}%`}
        {status.state === 'done' && t('上传完成')}
        {status.state === 'error' && (
          <>
            <span class="text-error">{status.message}</span>
            {onRetry && (
              <button type="button" class="btn btn-small" onClick={onRetry}>
                {t('重新上传')}
              </button>
            )}
          </>
        )}
      </div>
    </li>
  );
}
