import { t } from '../i18n';

/** Colour by status family; unknown statuses get the neutral tone. */
function tone(status: string): string {
  if (/^(settled|confirmed)$/.test(status)) return 'success';
  if (/fail|declin|refus|withdraw|expired|reject|terminat|cancel/.test(status)) return 'muted';
  if (/^in_mediation$|mediating/.test(status)) return 'warn';
  if (/accept|assign/.test(status)) return 'teal';
  return 'info';
}

export function StatusBadge({ status, label, testId }: { status: string; label: string; testId?: string }) {
  return (
    <span class={`badge badge-${tone(status)}`} data-status={status} data-testid={testId}>
      {t(label)}
    </span>
  );
}
