import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'error' | 'success' | 'warn'; children: ComponentChildren }) {
  return (
    <div class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {label ?? t('加载中…')}
    </p>
  );
}

/** Error block for a failed page load, with a retry button. */
export function LoadError({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <Notice kind="error">
      <span>{message}</span>
      {onRetry && (
        <button type="button" class="btn btn-small notice-action" onClick={onRetry}>
          {t('重试')}
        </button>
      )}
    </Notice>
  );
}
