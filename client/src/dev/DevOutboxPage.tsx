import { useState } from 'preact/hooks';
import { authApi } from '../api/endpoints';
import { t } from '../i18n';
import { useQuery } from '../router';
import { LoadError, Loading, Notice } from '../ui/Notice';
import { useAsync } from '../ui/useAsync';
import { usePageTitle } from '../ui/usePageTitle';

const PURPOSES: Record<string, string> = {
  register: '注册', invitation: '答复邀请', reset: '重置密码', unlock: '解除锁定', sign: '签署文书',
  'notice:invitation': '调解邀请通知',
};

/** 开发用短信发件箱: the codes the portal "sent" when no SMS provider is configured (the API answers 404 in production). */
export function DevOutboxPage() {
  usePageTitle(t('短信发件箱（开发用）'));
  const [phone, setPhone] = useState(useQuery().get('phone') ?? '');
  const outbox = useAsync(() => authApi.outbox(/^1\d{10}$/.test(phone) ? phone : undefined), [phone]);

  if (outbox.error?.status === 404) return <Notice kind="warn">{t('生产环境不提供短信发件箱。')}</Notice>;
  return (
    <section class="stack">
      <h1>{t('短信发件箱（开发用）')}</h1>
      <Notice>{t('未配置短信服务时，验证码和通知短信不会真的发出，而是显示在这里。')}</Notice>
      <div class="field">
        <label for="outbox-phone">{t('按手机号筛选')}</label>
        <input id="outbox-phone" inputMode="numeric" maxLength={11} value={phone} onInput={(e) => setPhone(e.currentTarget.value.replace(/\D/g, ''))} />
      </div>
      <button type="button" class="btn" onClick={outbox.reload}>
        {t('刷新')}
      </button>
      {outbox.error && <LoadError message={outbox.error.message} onRetry={outbox.reload} />}
      {!outbox.data && !outbox.error && <Loading />}
      {outbox.data && outbox.data.items.length === 0 && <p class="muted">{t('暂无短信')}</p>}
      <ul class="outbox-list">
        {outbox.data?.items.map((item) => (
          <li class="card" key={`${item.phone}-${item.sentAt}`} data-testid="outbox-item" aria-label={`${item.phone} ${PURPOSES[item.purpose] ?? item.purpose}`}>
            <p>
              <span class="mono">{item.phone}</span> · {t(PURPOSES[item.purpose] ?? item.purpose)} ·{' '}
              <time dateTime={item.sentAt}>{new Date(item.sentAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</time>
            </p>
            {item.code && <p class="mono outbox-code" data-testid="outbox-code">{item.code}</p>}
            <p class="muted">{item.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
