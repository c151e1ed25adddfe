import { casesApi } from '../api/endpoints';
import type { CaseAction, Id } from '../api/types';
import { t } from '../i18n';
import type { ActionSpec } from '../ui/ActionDialog';

export interface CaseActionDef {
  /** Button text. */
  label: string;
  tone: 'primary' | 'default' | 'danger';
  /** One line under the button: what it does. */
  hint: string;
  spec: () => ActionSpec;
  run: (caseId: Id, text: string) => Promise<unknown>;
}

/** The contract's actions that have their own UI instead of a confirm dialog. */
type OwnUi = 'invite' | 'upload_evidence' | 'download_evidence' | 'assign' | 'give_statement';
export type DialogAction = Exclude<CaseAction, OwnUi>;

/**
 * Status transitions that are a confirm dialog (+ optional/required reason), one per contract action: a new
 * `CaseUiAction` on the server fails the client's typecheck until it is given a dialog here or its own UI.
 */
export const CASE_ACTIONS: Record<DialogAction, CaseActionDef> = {
  accept: {
    hint: '审查材料后受理，再指派调解员',
    label: '受理申请',
    tone: 'primary',
    spec: () => ({
      title: t('受理调解申请'),
      message: t('受理后，请为本案指派调解员。'),
      field: { label: t('受理意见（选填）') },
      confirmLabel: t('确认受理'),
    }),
    run: (id, text) => casesApi.accept(id, text || undefined),
  },
  decline: {
    hint: '结束本案，申请人会收到通知',
    label: '不予受理',
    tone: 'danger',
    spec: () => ({
      title: t('不予受理'),
      message: t('不予受理后，申请人将收到通知，本案调解程序终结。'),
      field: { label: t('不予受理理由'), required: true },
      confirmLabel: t('确认不予受理'),
      danger: true,
    }),
    run: (id, text) => casesApi.decline(id, text),
  },
  start_mediation: {
    hint: '案件进入“调解中”，双方会看到；视频调解另行开启',
    label: '开始调解',
    tone: 'primary',
    spec: () => ({
      title: t('开始调解'),
      message: t('开始后案件状态变为“调解中”，双方当事人会在案件页看到。视频调解需另外点击“进入视频调解”开启。'),
      field: { label: t('备注（选填）') },
      confirmLabel: t('确认开始调解'),
    }),
    run: (id, text) => casesApi.startMediation(id, text || undefined),
  },
  settle: {
    hint: '双方当场达成一致时结案；书面协议签署生效后会自动结案',
    label: '调解成功',
    tone: 'primary',
    spec: () => ({
      title: t('调解成功，结案'),
      message: t('请简要说明达成的调解协议内容。'),
      field: { label: t('调解结果说明'), required: true },
      confirmLabel: t('确认调解成功'),
    }),
    run: (id, text) => casesApi.close(id, 'settled', text),
  },
  fail: {
    hint: '无法达成一致时结束调解，双方可以向法院起诉',
    label: '调解不成',
    tone: 'default',
    spec: () => ({
      title: t('调解不成，结案'),
      message: t('结案后，当事人可以依法向人民法院提起诉讼。'),
      field: { label: t('调解不成原因'), required: true },
      confirmLabel: t('确认调解不成'),
      danger: true,
    }),
    run: (id, text) => casesApi.close(id, 'failed', text),
  },
  withdraw: {
    hint: '不再调解时撤回，案件终结且无法恢复',
    label: '撤回申请',
    tone: 'danger',
    spec: () => ({
      title: t('撤回调解申请'),
      message: t('撤回后本案调解程序终结，且无法恢复。'),
      field: { label: t('撤回原因（选填）') },
      confirmLabel: t('确认撤回'),
      danger: true,
    }),
    run: (id, text) => casesApi.withdraw(id, text || undefined),
  },
};

/** Display order of the action buttons: the main ones at the top of the case page. */
export const ACTION_ORDER: readonly (DialogAction | 'assign')[] = ['accept', 'assign', 'start_mediation', 'settle'];
/** Actions that end the case, apart at the bottom of the page ("结束本案"), never next to 进入视频调解. */
export const ENDING_ACTIONS: readonly DialogAction[] = ['fail', 'decline', 'withdraw'];
export const ASSIGN_HINT = '从本调委会调解员中选择一人负责本案';
