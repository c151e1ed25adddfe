import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { navigate } from '../router';
import { usePageTitle } from '../ui/usePageTitle';
import { ElderToggle } from '../elder/ElderToggle';

const STEPS = [
  ['提交申请', '写明纠纷经过和请求，上传借条、聊天记录等证据。'],
  ['对方同意', '对方收到邀请短信，查看申请和证据后决定是否同意调解。'],
  ['调委会受理', '人民调解委员会审查后受理，并指派人民调解员。'],
  ['调解', '在线视频或当面调解；达成一致后签署调解协议，可申请法院司法确认。'],
] as const;

/** Where an invitation code or link leads (the SMS carries the link; some people only keep the code). */
function invitationPath(input: string): string | null {
  const code = input.trim().toUpperCase().match(/(?:INVITATIONS\/)?([2-9A-Z]{6,20})\s*$/)?.[1];
  return code ? `/invitations/${code}` : null;
}

/** `/` for visitors: what the portal is, who runs it, and the two ways in. */
export function LandingPage() {
  usePageTitle(t('合舟·在线调解'));
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const open = (e: Event) => {
    e.preventDefault();
    const path = invitationPath(code);
    if (path) navigate(path);
    else setError(t('请输入短信里的邀请链接或邀请码（6 位以上字母和数字）'));
  };
  return (
    <div class="landing">
      <section class="card landing-hero">
        <h1>{t('在线人民调解，不用跑腿，不收费')}</h1>
        <p class="landing-lead">
          {t('合舟是人民调解委员会的在线调解平台：借款不还、押金不退、邻里漏水等民间纠纷，可以在网上申请，由人民调解员组织双方调解。')}
        </p>
        <p class="muted">
          {t('由各街道、乡镇人民调解委员会受理，人民调解员主持调解；人民调解不收取任何费用（《人民调解法》第四条）。调解达成的协议可以申请法院司法确认。')}
        </p>
        <ElderToggle />
      </section>

      <div class="landing-ways">
        <section class="card landing-way" aria-labelledby="way-apply">
          <h2 id="way-apply">{t('我要申请调解')}</h2>
          <p>{t('遇到纠纷，先注册账号，再填写申请（约 10 分钟）。')}</p>
          <a class="btn btn-primary btn-large" href="/cases/new">
            {t('申请调解')}
          </a>
          <p class="small">
            {t('已有账号？')} <a href="/login">{t('登录')}</a>
          </p>
        </section>
        <section class="card landing-way" aria-labelledby="way-invited">
          <h2 id="way-invited">{t('我收到了调解邀请')}</h2>
          <p>{t('点开短信里的链接即可；也可以把链接或邀请码粘贴在这里。')}</p>
          <form onSubmit={open} class="landing-code" noValidate>
            <label for="invitation-code">{t('邀请链接或邀请码')}</label>
            <input
              id="invitation-code"
              value={code}
              autoComplete="off"
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'invitation-code-error' : undefined}
              onInput={(e) => {
                setCode(e.currentTarget.value);
                setError('');
              }}
            />
            {error && (
              <p id="invitation-code-error" class="field-error" role="alert">
                {error}
              </p>
            )}
            <button type="submit" class="btn btn-primary btn-large">
              {t('查看邀请')}
            </button>
          </form>
        </section>
      </div>

      <section class="card" aria-labelledby="how">
        <h2 id="how">{t('调解怎么进行')}</h2>
        <ol class="landing-steps">
          {STEPS.map(([title, text]) => (
            <li key={title}>
              <strong>{t(title)}</strong>
              <span>{t(text)}</span>
            </li>
          ))}
        </ol>
      </section>

      <section class="card" aria-labelledby="tools">
        <h2 id="tools">{t('不用登录也能用')}</h2>
        <ul class="plain-list landing-tools">
          <li>
            <a href="/calculator">{t('诉讼费计算器')}</a> — {t('如果去法院起诉要交多少诉讼费，金额大写')}
          </li>
          <li>
            <a href="/verify">{t('文书核验')}</a> — {t('输入调解协议上的核验码，确认文书真实')}
          </li>
        </ul>
      </section>
    </div>
  );
}
