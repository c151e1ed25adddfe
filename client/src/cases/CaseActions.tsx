import { useState } from 'preact/hooks';
import type { CaseAction, Id } from '../api/types';
import { AssignDialog } from '../committee/AssignDialog';
import { t } from '../i18n';
import { ActionDialog } from '../ui/ActionDialog';
import { ACTION_ORDER, CASE_ACTIONS, DialogAction } from './actions';
import { SettleDialog } from './SettleDialog';

/** Buttons for the allowed status actions; each opens a confirm dialog. */
export function CaseActions({
  caseId,
  caseNumber,
  allowed,
  onChanged,
}: {
  caseId: Id;
  caseNumber: string;
  allowed: readonly CaseAction[];
  onChanged: () => void;
}) {
  const [open, setOpen] = useState<DialogAction | 'assign' | null>(null);
  const shown = ACTION_ORDER.filter((a) => allowed.includes(a));
  if (shown.length === 0) return null;
  const def = open && open !== 'assign' && open !== 'settle' ? CASE_ACTIONS[open] : undefined;
  return (
    <div class="actions" role="group" aria-label={t('案件操作')}>
      {shown.map((a) => {
        const tone = a === 'assign' ? 'primary' : CASE_ACTIONS[a].tone;
        return (
          <button key={a} type="button" class={`btn btn-${tone}`} onClick={() => setOpen(a)}>
            {a === 'assign' ? t('指派调解员') : t(CASE_ACTIONS[a].label)}
          </button>
        );
      })}
      {open === 'assign' && (
        <AssignDialog caseId={caseId} caseNumber={caseNumber} onDone={onChanged} onClose={() => setOpen(null)} />
      )}
      {open === 'settle' && <SettleDialog caseId={caseId} onDone={onChanged} onClose={() => setOpen(null)} />}
      {def && (
        <ActionDialog
          spec={def.spec()}
          onConfirm={async (text) => {
            await def.run(caseId, text);
            onChanged();
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
