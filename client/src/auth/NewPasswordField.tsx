import { t } from '../i18n';
import { TextField } from '../ui/Field';

/** A password being chosen (registration, reset): the same rule hint everywhere. */
export function NewPasswordField({ label, value, error, onValue }: { label: string; value: string; error?: string; onValue: (v: string) => void }) {
  return (
    <TextField
      label={label}
      type="password"
      autoComplete="new-password"
      hint={t('8–64 位，须同时包含字母和数字')}
      value={value}
      error={error}
      onValue={onValue}
    />
  );
}
