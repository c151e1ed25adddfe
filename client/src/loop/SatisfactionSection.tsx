import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { TextArea } from '../ui/Field';
import { formatDateTime } from '../ui/format';
import { Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { followUpApi } from './loop-api';
import './loop.css';

const SCORES: { score: number; label: string }[] = [
  { score: 1, label: '很不满意' },
  { score: 2, label: '不满意' },
  { score: 3, label: '一般' },
  { score: 4, label: '满意' },
  { score: 5, label: '非常满意' },
];
const label = (score: number) => t(SCORES.find((s) => s.score === score)?.label ?? '');

/** 满意度评价: each party rates the mediation once after it ended; the figures go into the statistics. */
export function SatisfactionSection({ caseId }: { caseId: string }) {
  const mine = useAsync(() => followUpApi.mySatisfaction(caseId), [caseId]);
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [scoreError, setScoreError] = useState<string>();
  const { busy, error, run } = useAction();
  if (!mine.data) return null;
  const { mine: rating, canRate } = mine.data;
  const wrap = (body: ComponentChildren) => (
    <section class="card section" aria-label={t('满意度评价')}>
      <h2>{t('满意度评价')}</h2>
      {body}
    </section>
  );
  if (rating) {
    return wrap(
      <div data-testid="my-rating">
        <p>
          <span class="stars" aria-hidden="true">{'★'.repeat(rating.score)}{'☆'.repeat(5 - rating.score)}</span>{' '}
          <strong>{rating.score} {t('分')} · {label(rating.score)}</strong> <span class="muted small">{formatDateTime(rating.createdAt)}</span>
        </p>
        {rating.comment && <p class="prewrap">{rating.comment}</p>}
        <p class="muted small">{t('感谢您的评价。每位当事人只能评价一次。')}</p>
      </div>,
    );
  }
  if (!canRate) return null;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!score) return setScoreError(t('请选择满意程度'));
    const saved = await run(() => followUpApi.rate(caseId, { score, comment: comment.trim() || undefined }));
    if (saved) mine.setData(saved);
  };
  return wrap(
    <form onSubmit={submit} noValidate class="satisfaction-form" aria-label={t('满意度评价')}>
      <p>{t('调解已结束。请为本次调解打分，帮助调委会改进工作（只能评价一次）。')}</p>
      <fieldset>
        <legend>{t('满意程度')}</legend>
        <div class="score-picker" role="radiogroup">
          {SCORES.map((s) => (
            <label key={s.score} class={score === s.score ? 'active' : ''}>
              <input type="radio" name="satisfaction-score" value={s.score} checked={score === s.score} onChange={() => { setScore(s.score); setScoreError(undefined); }} />
              <span class="stars" aria-hidden="true">{'★'.repeat(s.score)}</span>
              <span>{t(s.label)}</span>
            </label>
          ))}
        </div>
        {scoreError && <p class="field-error">{scoreError}</p>}
      </fieldset>
      <TextArea label={t('评价（选填）')} rows={3} maxLength={1000} value={comment} onValue={setComment} placeholder={t('说说调解员的工作、调解过程和结果')} />
      {error && <Notice kind="error">{error}</Notice>}
      <button type="submit" class="btn btn-primary" disabled={busy}>{busy ? t('处理中…') : t('提交评价')}</button>
    </form>,
  );
}
