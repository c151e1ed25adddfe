import { t } from '../i18n';
import { useStore } from '../ui/store';
import { elderStore, setElderMode } from './elder';

/** The 长辈模式 switch: a real switch (role="switch"), big enough to hit, saying what it does. */
export function ElderToggle({ compact = false }: { compact?: boolean }) {
  const on = useStore(elderStore);
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      class={compact ? 'btn-link elder-toggle elder-toggle-compact' : 'btn elder-toggle'}
      onClick={() => void setElderMode(!on)}
      data-testid="elder-toggle"
    >
      <span aria-hidden="true" class="elder-toggle-icon">
        {on ? '✓' : '大'}
      </span>
      {compact ? t('长辈模式') : on ? t('长辈模式已开启（字更大、对比更强）') : t('开启长辈模式：字更大、按钮更大、可朗读')}
    </button>
  );
}
