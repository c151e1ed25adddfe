import type { Committee } from '../../api/types';
import { t } from '../../i18n';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { todayInShanghai } from '../../ui/format';
import type { Errors } from '../../ui/validate';
import { CLAIMS_MAX, FACTS_MAX, type DisputeDraft, type DisputeKey } from './model';

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
        inputMode="decimal"
        placeholder="0.00"
        autoComplete="off"
        hint={t('无金额请求请填 0')}
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
    </div>
  );
}
