import { t } from '../../i18n';
import { TextField } from '../../ui/Field';
import type { Errors } from '../../ui/validate';
import type { RespondentDraft, RespondentKey } from './model';

function RespondentForm({
  index,
  value,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  value: RespondentDraft;
  errors: Errors<RespondentKey>;
  onChange: (patch: Partial<RespondentDraft>) => void;
  onRemove?: () => void;
}) {
  const title = t('被申请人 {n}', { n: index + 1 });
  const person = value.type === 'person';
  return (
    <fieldset class="card respondent">
      <legend>{title}</legend>
      <div class="respondent-head">
        <div class="segmented" role="radiogroup" aria-label={t('{title}类型', { title })}>
          {(['person', 'organization'] as const).map((type) => (
            <label key={type} class={value.type === type ? 'active' : ''}>
              <input
                type="radio"
                name={`respondent-type-${value.key}`}
                checked={value.type === type}
                onChange={() => onChange({ type })}
              />
              {type === 'person' ? t('自然人') : t('法人或其他组织')}
            </label>
          ))}
        </div>
        {onRemove && (
          <button type="button" class="btn btn-small btn-ghost" onClick={onRemove} aria-label={t('删除{title}', { title })}>
            {t('删除')}
          </button>
        )}
      </div>
      <div class="form-grid">
        <TextField
          label={person ? t('姓名') : t('单位名称')}
          value={value.name}
          error={errors.name}
          onValue={(name) => onChange({ name })}
        />
        {person ? (
          <>
            <TextField
              label={t('手机号')}
              type="tel"
              inputMode="numeric"
              maxLength={11}
              hint={t('提交申请后，您在案件页点击“发送调解邀请”，邀请短信即发到该手机号')}
              value={value.phone}
              error={errors.phone}
              onValue={(v) => onChange({ phone: v.replace(/\D/g, '') })}
            />
            <TextField
              label={t('身份证号（选填）')}
              maxLength={18}
              autoComplete="off"
              value={value.idNumber}
              error={errors.idNumber}
              onValue={(v) => onChange({ idNumber: v.replace(/\s/g, '').toUpperCase() })}
            />
          </>
        ) : (
          <>
            <TextField
              label={t('统一社会信用代码')}
              maxLength={18}
              autoComplete="off"
              value={value.creditCode}
              error={errors.creditCode}
              onValue={(v) => onChange({ creditCode: v.replace(/\s/g, '').toUpperCase() })}
            />
            <TextField
              label={t('联系人手机号（选填）')}
              type="tel"
              inputMode="numeric"
              maxLength={11}
              hint={t('填写后可向该手机号发送调解邀请')}
              value={value.phone}
              error={errors.phone}
              onValue={(v) => onChange({ phone: v.replace(/\D/g, '') })}
            />
            <TextField
              label={t('法定代表人（选填）')}
              maxLength={50}
              autoComplete="off"
              value={value.representativeName}
              error={errors.representativeName}
              onValue={(v) => onChange({ representativeName: v })}
            />
            <TextField
              label={t('法定代表人手机号（选填）')}
              type="tel"
              inputMode="numeric"
              maxLength={11}
              hint={t('填写后，调解邀请短信发到法定代表人的手机号，由他代表单位答复')}
              value={value.representativePhone}
              error={errors.representativePhone}
              onValue={(v) => onChange({ representativePhone: v.replace(/\D/g, '') })}
            />
          </>
        )}
      </div>
    </fieldset>
  );
}

export function StepRespondents({
  list,
  errors,
  onChange,
  onAdd,
  onRemove,
}: {
  list: RespondentDraft[];
  errors: Errors<RespondentKey>[];
  onChange: (key: number, patch: Partial<RespondentDraft>) => void;
  onAdd: () => void;
  onRemove: (key: number) => void;
}) {
  return (
    <div class="stack">
      {list.map((r, i) => (
        <RespondentForm
          key={r.key}
          index={i}
          value={r}
          errors={errors[i] ?? {}}
          onChange={(patch) => onChange(r.key, patch)}
          onRemove={list.length > 1 ? () => onRemove(r.key) : undefined}
        />
      ))}
      {list.length < 10 && (
        <button type="button" class="btn btn-dashed" onClick={onAdd}>
          + {t('添加被申请人')}
        </button>
      )}
    </div>
  );
}
