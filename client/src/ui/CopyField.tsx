import { useId, useState } from 'preact/hooks';
import { t } from '../i18n';

async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Insecure context or denied permission: fall back to selecting the text.
    if (!input) return false;
    input.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** A read-only value (e.g. an invitation link) with a copy button. */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div class="field copy-field">
      <label for={id}>{label}</label>
      <div class="copy-row">
        <input
          id={id}
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          class="btn btn-primary"
          onClick={async (e) => {
            const input = (e.currentTarget.previousElementSibling as HTMLInputElement | null) ?? null;
            setState((await copyText(value, input)) ? 'copied' : 'failed');
          }}
        >
          {t('复制链接')}
        </button>
      </div>
      <p class="field-hint" aria-live="polite">
        {state === 'copied' ? t('已复制到剪贴板') : state === 'failed' ? t('复制失败，请长按链接手动复制') : ''}
      </p>
    </div>
  );
}
