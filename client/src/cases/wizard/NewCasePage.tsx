import { useRef, useState } from 'preact/hooks';
import { casesApi, metaApi } from '../../api/endpoints';
import { ApiError } from '../../api/http';
import { errorMessage } from '../../ui/useAction';
import type { CaseDetail } from '../../api/types';
import { useSession } from '../../auth/session';
import { t } from '../../i18n';
import { uuid } from '../../ui/format';
import { Loading, LoadError, Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { usePageTitle } from '../../ui/usePageTitle';
import { hasErrors, type Errors } from '../../ui/validate';
import {
  emptyDispute,
  emptyRespondent,
  serverFieldErrors,
  toNewCase,
  validateDispute,
  validateRespondents,
  readyToCheck,
  type DisputeKey,
  type FileDraft,
  type RespondentDraft,
  type RespondentKey,
} from './model';
import { StepConfirm } from './StepConfirm';
import { StepDispute } from './StepDispute';
import { StepEvidence } from './StepEvidence';
import { StepRespondents } from './StepRespondents';
import { Submitted } from './Submitted';

const STEPS = ['纠纷信息', '被申请人', '证据材料', '确认提交'];

const clearKeys = (patch: object) => Object.fromEntries(Object.keys(patch).map((k) => [k, undefined]));

function focusFirstError() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.wizard [aria-invalid="true"]')?.focus());
}

export function NewCasePage() {
  usePageTitle(t('申请调解'));
  const { user } = useSession();
  const meta = useAsync(() => Promise.all([metaApi.categories(), metaApi.committees()]), []);
  const [step, setStep] = useState(0);
  const [dispute, setDispute] = useState(emptyDispute);
  const [disputeErrors, setDisputeErrors] = useState<Errors<DisputeKey>>({});
  const [respondents, setRespondents] = useState<RespondentDraft[]>(() => [emptyRespondent()]);
  const [respondentErrors, setRespondentErrors] = useState<Errors<RespondentKey>[]>([]);
  const [files, setFiles] = useState<FileDraft[]>([]);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [submitError, setSubmitError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CaseDetail>();
  // One Idempotency-Key per submission attempt of the same data: reused on retry, reset on edit.
  const idemKey = useRef<string | null>(null);
  const touched = () => {
    idemKey.current = null;
    setSubmitError(undefined);
  };

  if (user && user.role !== 'party') {
    return <Notice kind="warn">{t('只有当事人可以申请调解。')}</Notice>;
  }
  if (created) return <Submitted created={created} files={files} />;

  const [categories, committees] = meta.data ?? [[], []];

  function next() {
    if (step === 0) {
      const errs = validateDispute(dispute);
      setDisputeErrors(errs);
      if (hasErrors(errs)) return focusFirstError();
    }
    if (step === 1) {
      const errs = validateRespondents(respondents, user?.phone);
      setRespondentErrors(errs);
      if (errs.some(hasErrors)) return focusFirstError();
    }
    setStep(step + 1);
    window.scrollTo(0, 0);
  }

  function back() {
    setStep(step - 1);
    window.scrollTo(0, 0);
  }

  async function submit() {
    setBusy(true);
    setSubmitError(undefined);
    idemKey.current ??= uuid();
    try {
      setCreated(await casesApi.create(toNewCase(dispute, respondents, committees), idemKey.current));
      window.scrollTo(0, 0);
    } catch (e) {
      const mapped = e instanceof ApiError ? serverFieldErrors(e.fields, respondents.length) : null;
      if (mapped?.matched) {
        // Send the user back to the first step with a problem, errors shown inline.
        setDisputeErrors(mapped.dispute);
        setRespondentErrors(mapped.respondents);
        setStep(hasErrors(mapped.dispute) ? 0 : 1);
        focusFirstError();
      } else {
        setSubmitError(errorMessage(e));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="wizard">
      <h1>{t('申请调解')}</h1>
      <ol class="steps" aria-label={t('申请步骤')}>
        {STEPS.map((s, i) => (
          <li key={s} class={i === step ? 'current' : i < step ? 'done' : ''} aria-current={i === step ? 'step' : undefined}>
            <span class="step-no">{i < step ? '✓' : i + 1}</span>
            <span class="step-name">{t(s)}</span>
          </li>
        ))}
      </ol>
      <h2>{t(STEPS[step])}</h2>
      {meta.loading && <Loading />}
      {meta.error && <LoadError message={meta.error.message} onRetry={meta.reload} />}
      {meta.data && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (step < 3) next();
            else if (!busy) submit();
          }}
        >
          {step === 0 && (
            <StepDispute
              value={dispute}
              errors={disputeErrors}
              categories={categories}
              committees={committees}
              onChange={(k, v) => {
                touched();
                const next = { ...dispute, [k]: v };
                setDispute(next);
                // As the person types: judged once complete enough, with the same rules as 下一步 (and the server).
                setDisputeErrors((e) => ({ ...e, [k]: readyToCheck(k, v) ? validateDispute(next)[k] : undefined }));
              }}
            />
          )}
          {step === 1 && (
            <StepRespondents
              list={respondents}
              errors={respondentErrors}
              onChange={(key, patch) => {
                touched();
                const i = respondents.findIndex((r) => r.key === key);
                const next = respondents.map((r) => (r.key === key ? { ...r, ...patch } : r));
                setRespondents(next);
                // Editing a field clears its error, or judges it once complete (a checksum); switching type clears all.
                const judged = validateRespondents(next, user?.phone)[i] ?? {};
                const live = Object.fromEntries(
                  Object.entries(patch).map(([k, v]) => [k, readyToCheck(k, v) ? judged[k as keyof typeof judged] : undefined]),
                );
                setRespondentErrors((errs) => {
                  const all = [...errs];
                  while (all.length <= i) all.push({});
                  return all.map((e, j) => (j !== i ? e : patch.type ? {} : { ...e, ...clearKeys(patch), ...live }));
                });
              }}
              onAdd={() => {
                touched();
                setRespondents((list) => [...list, emptyRespondent()]);
              }}
              onRemove={(key) => {
                touched();
                const i = respondents.findIndex((r) => r.key === key);
                setRespondents((list) => list.filter((r) => r.key !== key));
                setRespondentErrors((errs) => errs.filter((_, j) => j !== i));
              }}
            />
          )}
          {step === 2 && <StepEvidence files={files} errors={fileErrors} onChange={setFiles} onErrors={setFileErrors} />}
          {step === 3 && (
            <StepConfirm
              dispute={dispute}
              respondents={respondents}
              files={files}
              committees={committees}
              applicantName={user?.name ?? ''}
            />
          )}
          {submitError && <Notice kind="error">{submitError}</Notice>}
          <div class="wizard-nav">
            {step > 0 && (
              <button type="button" class="btn" onClick={back} disabled={busy}>
                {t('上一步')}
              </button>
            )}
            {step < 3 ? (
              <button type="submit" class="btn btn-primary">
                {t('下一步')}
              </button>
            ) : (
              <button type="submit" class="btn btn-primary" disabled={busy}>
                {busy ? t('正在提交…') : t('提交申请')}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
