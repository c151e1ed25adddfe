import { useState } from 'preact/hooks';
import type { CaseAction, Id } from '../api/types';
import { AssignDialog } from '../committee/AssignDialog';
import { t } from '../i18n';
import { ActionDialog } from '../ui/ActionDialog';
import { ACTION_ORDER, ASSIGN_HINT, CASE_ACTIONS, DialogAction, ENDING_ACTIONS } from './actions';
import { SettleDialog } from './SettleDialog';

/**
 * Buttons for the allowed status actions, each with a line saying what it does; each opens a confirm dialog. The
 * main group sits at the top of the case page, the actions that end the case (`ending`) apart at its bottom.
 */
export function CaseActions({
  caseId,
  caseNumber,
  allowed,
  onChanged,
  ending = false,
}: {
  caseId: Id;
  caseNumber: string;
  allowed: readonly CaseAction[];
  onChanged: () => void;
  ending?: boolean;
}) {
  const [open, setOpen] = useState<DialogAction | 'assign' | null>(null);
  const shown = (ending ? ENDING_ACTIONS : ACTION_ORDER).filter((a) => allowed.includes(a));
  if (shown.length === 0) return null;
  const def = open && open !== 'assign' && open !== 'settle' ? CASE_ACTIONS[open] : undefined;
  return (
    <div class="actions actions-explained" role="group" aria-label={ending ? t('结束本案') : t('案件操作')}>
      {shown.map((a) => {
        const tone = a === 'assign' ? 'primary' : CASE_ACTIONS[a].tone;
        return (
          <div class="action-item" key={a}>
            <button type="button" class={`btn btn-${tone}`} onClick={() => setOpen(a)}>
              {a === 'assign' ? t('指派调解员') : t(CASE_ACTIONS[a].label)}
            </button>
            <span class="action-hint">{t(a === 'assign' ? ASSIGN_HINT : CASE_ACTIONS[a].hint)}</span>
          </div>
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
