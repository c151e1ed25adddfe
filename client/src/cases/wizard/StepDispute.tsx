import { formatFen, parseYuanToFen } from '../../ui/format';
import type { Committee } from '../../api/types';
import { t } from '../../i18n';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { todayInShanghai } from '../../ui/format';
import type { Errors } from '../../ui/validate';
import { CLAIMS_MAX, FACTS_MAX, isLending, type DisputeDraft, type DisputeKey } from './model';

/** Says back what an amount was understood as (30万 → ¥300,000.00), so nobody wonders. */
function amountHint(amount: string): string {
  const fen = parseYuanToFen(amount);
  if (fen !== null && /万|元|¥|￥/.test(amount)) return t('即 {amount}', { amount: formatFen(fen) });
  return t('可填 300000 或 30万；无金额请求请填 0');
}

export function StepDispute({
  value,
  errors,
  onChange,
  categories,
  committees,
}: {
  value: DisputeDraft;
  errors: Errors<DisputeKey>;
  onChange: (key: DisputeKey, v: string) => void;
  categories: string[];
  committees: Committee[];
}) {
  const set = (k: DisputeKey) => (v: string) => onChange(k, v);
  return (
    <div class="form-grid">
      {committees.length > 0 && (
        <SelectField
          label={t('调解委员会')}
          class="span-2"
          value={value.committeeId}
          onValue={set('committeeId')}
          placeholder={t('由平台分配')}
          hint={t('可选择纠纷发生地或当事人住所地的调解委员会')}
          options={committees.map((c) => ({ value: String(c.id), label: c.name }))}
        />
      )}
      <SelectField
        label={t('案由')}
        value={value.category}
        error={errors.category}
        onValue={set('category')}
        placeholder={t('请选择案由')}
        options={categories.map((c) => ({ value: c, label: c }))}
      />
      <TextField
        label={t('纠纷发生日期')}
        type="date"
        max={todayInShanghai()}
        value={value.disputeDate}
        error={errors.disputeDate}
        onValue={set('disputeDate')}
      />
      <TextField
        label={t('请求金额（元）')}
        placeholder="0.00"
        autoComplete="off"
        hint={amountHint(value.amount)}
        value={value.amount}
        error={errors.amount}
        onValue={set('amount')}
      />
      <TextArea
        label={t('事实与理由')}
        class="span-2"
        rows={6}
        maxLength={FACTS_MAX}
        hint={t('请写明纠纷发生的时间、地点、经过和双方争议的焦点')}
        value={value.facts}
        error={errors.facts}
        onValue={set('facts')}
      />
      <TextArea
        label={t('调解请求')}
        class="span-2"
        rows={3}
        maxLength={CLAIMS_MAX}
        hint={t('例如：请求对方归还借款 30 万元及利息')}
        value={value.claims}
        error={errors.claims}
        onValue={set('claims')}
      />
      {isLending(value) && (
        <fieldset class="span-2 form-grid subgrid" data-testid="loan-fields">
          <legend>{t('借款信息（用于计算利息上限和诉讼时效）')}</legend>
          <TextField label={t('借款日期')} type="date" max={todayInShanghai()} value={value.loanContractDate} error={errors.loanContractDate} onValue={set('loanContractDate')} hint={t('出借款项、借款合同成立的日期')} />
          <TextField label={t('借款本金（元）')} inputMode="decimal" placeholder="0.00" autoComplete="off" value={value.loanPrincipal} error={errors.loanPrincipal} onValue={set('loanPrincipal')} />
          <TextField label={t('约定年利率（%）')} inputMode="decimal" placeholder={t('未约定利息可不填')} autoComplete="off" value={value.loanRate} error={errors.loanRate} onValue={set('loanRate')} />
          <TextField label={t('约定还款日期')} type="date" value={value.loanDueDate} error={errors.loanDueDate} onValue={set('loanDueDate')} hint={t('诉讼时效自还款日期起算')} />
        </fieldset>
      )}
      <label class="check span-2">
        <input type="checkbox" checked={value.consent === 'yes'} onChange={(e) => onChange('consent', e.currentTarget.checked ? 'yes' : '')} />
        <span>{t('结案后，同意将本案去除姓名、身份证号、电话、住址、车牌等信息后的摘要用于类案检索，帮助他人了解调解结果。')}</span>
      </label>
    </div>
  );
}
