import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { TextArea } from '../ui/Field';
import { formatDateTime } from '../ui/format';
import { Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { courtApi, type ConfirmationResponse } from './court-api';

/** The judge's questions and the parties' answers on one application. */
export function QuestionThread({ app, mode, onChanged }: { app: ConfirmationResponse; mode: 'ask' | 'answer' | null; onChanged: () => void }) {
  const [body, setBody] = useState('');
  const act = useAction();
  return (
    <div class="questions" aria-label={t('法官问询')}>
      <h4>{t('法官问询')}</h4>
      {app.questions.length === 0 && <p class="muted small">{t('暂无问询。')}</p>}
      <ul>
        {app.questions.map((q) => (
          <li key={q.id}>
            <strong>{q.authorLabel} {q.authorName}</strong> <span class="muted small">{formatDateTime(q.at)}</span>
            <p>{q.body}</p>
          </li>
        ))}
      </ul>
      {mode && (
        <form onSubmit={async (e) => {
          e.preventDefault();
          const done = await act.run(() => (mode === 'ask' ? courtApi.ask(app.id, body.trim()) : courtApi.answer(app.id, body.trim())));
          if (done) {
            setBody('');
            onChanged();
          }
        }}>
          <TextArea label={mode === 'ask' ? t('向当事人提问') : t('答复法官')} value={body} onValue={setBody} rows={2} />
          {act.error && <Notice kind="error">{act.error}</Notice>}
          <button type="submit" class="btn" disabled={act.busy || !body.trim()}>{mode === 'ask' ? t('发送问题') : t('发送答复')}</button>
        </form>
      )}
    </div>
  );
}
