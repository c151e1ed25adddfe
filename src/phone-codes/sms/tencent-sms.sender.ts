import { Logger } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import type { SmsSettings } from '../../config/app-config';
import type { SmsMessage, SmsNotice, SmsNoticeKind, SmsSender } from './sms-sender';
import { TC3_CONTENT_TYPE, tc3Authorization } from './tc3-signature';

type TencentSettings = Extract<SmsSettings, { provider: 'tencent' }>;

interface SendSmsResponse {
  Response?: {
    Error?: { Code: string; Message: string };
    SendStatusSet?: { Code: string; Message: string; PhoneNumber: string }[];
    RequestId?: string;
  };
}

const TIMEOUT_MS = 5_000;

/**
 * Tencent Cloud SMS (API v3, SendSms 2021-01-11) over fetch. The template takes two parameters, the code and its
 * validity in minutes, e.g. 「您的验证码为{1}，{2}分钟内有效。」, approved under the configured sign name.
 */
export class TencentSmsSender implements SmsSender {
  readonly name = 'tencent';
  private readonly logger = new Logger('腾讯云短信');

  constructor(
    private readonly settings: TencentSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** The body and headers of one SendSms call (pure, for the tests). */
  buildRequest(message: SmsMessage | SmsNotice): { url: string; headers: Record<string, string>; body: string } {
    const { settings } = this;
    const [templateId, params] = 'code' in message
      ? [settings.templateId, [message.code, String(message.ttlMinutes)]]
      : [settings.noticeTemplateIds[message.kind], message.params];
    const url = new URL(settings.endpoint);
    const body = JSON.stringify({
      PhoneNumberSet: [`+86${message.phone}`],
      SmsSdkAppId: settings.sdkAppId,
      SignName: settings.signName,
      TemplateId: templateId,
      TemplateParamSet: params,
    });
    const timestamp = Math.floor(this.now() / 1000);
    const authorization = tc3Authorization({
      secretId: settings.secretId, secretKey: settings.secretKey, service: 'sms', host: url.host, payload: body, timestamp,
    });
    return {
      url: url.toString(),
      body,
      headers: {
        Authorization: authorization,
        'Content-Type': TC3_CONTENT_TYPE,
        Host: url.host,
        'X-TC-Action': 'SendSms',
        'X-TC-Version': '2021-01-11',
        'X-TC-Timestamp': String(timestamp),
        'X-TC-Region': settings.region,
      },
    };
  }

  sendsNotice(kind: SmsNoticeKind): boolean {
    return !!this.settings.noticeTemplateIds[kind];
  }

  sendNotice(notice: SmsNotice): Promise<void> {
    if (!this.sendsNotice(notice.kind)) throw new DomainError('SMS_SEND_FAILED');
    return this.send(notice);
  }

  async send(message: SmsMessage | SmsNotice): Promise<void> {
    const { url, headers, body } = this.buildRequest(message);
    let answer: SendSmsResponse;
    try {
      const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
      answer = (await res.json()) as SendSmsResponse;
    } catch (cause) {
      this.logger.warn(`SendSms 请求失败：${(cause as Error).message}`);
      throw new DomainError('SMS_SEND_FAILED');
    }
    const error = answer.Response?.Error;
    const status = answer.Response?.SendStatusSet?.[0];
    if (error || !status || status.Code !== 'Ok') {
      // The provider's reason is for operators (log), not for the person waiting for the code.
      this.logger.warn(`SendSms 被拒绝：${error?.Code ?? status?.Code ?? '无应答'} ${error?.Message ?? status?.Message ?? ''} RequestId=${answer.Response?.RequestId ?? '-'}`);
      throw new DomainError('SMS_SEND_FAILED');
    }
  }
}
