import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { formatDateTime } from '../ui/format';
import { TextArea } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { useAction } from '../ui/useAction';
import { useAsync } from '../ui/useAsync';
import { mediatorsApi } from './mediators-api';

/** 法官指导调解: the mediator's questions to the court and the court's answers. Hidden from those who may not read it. */
export function CourtGuidanceThread({ caseId }: { caseId: string }) {
  const thread = useAsync(() => mediatorsApi.guidance(caseId), [caseId]);
  const [body, setBody] = useState('');
  const action = useAction();
  const th = thread.data;
  if (!th || (!th.messages.length && !th.mayAsk && !th.mayAnswer)) return null;
  async function send() {
    const next = await action.run(() => mediatorsApi.postGuidance(caseId, body));
    if (next) {
      thread.setData(next);
      setBody('');
    }
  }
  return (
    <section class="card section" aria-label={t('法官指导')} data-testid="court-guidance">
      <h2>{t('法官指导')}{th.courtName ? ` · ${th.courtName}` : ''}</h2>
      {th.messages.length === 0 && <p class="muted">{t('可就法律适用等问题向法院申请指导；法院工作人员可查阅本案并在此答复。')}</p>}
      <ul class="thread">
        {th.messages.map((m) => (
          <li key={m.id} class={m.authorRole === 'court_staff' ? 'from-court' : ''}>
            <p class="muted small">{m.authorName} · {formatDateTime(m.at)}</p>
            <p>{m.body}</p>
          </li>
        ))}
      </ul>
      {(th.mayAsk || th.mayAnswer) && (
        <>
          <TextArea label={th.mayAsk ? t('向法院提问') : t('答复')} value={body} onValue={setBody} rows={3} />
          <button type="button" class="btn btn-primary" disabled={action.busy || !body.trim()} onClick={send}>{t('发送')}</button>
        </>
      )}
      {action.error && <Notice kind="error">{action.error}</Notice>}
    </section>
  );
}
