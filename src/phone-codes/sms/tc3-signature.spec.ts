import { TencentSmsSender } from './tencent-sms.sender';
import { tc3Authorization, tc3CanonicalRequest, tc3StringToSign } from './tc3-signature';

// Expected values computed independently (Python hashlib/hmac) from Tencent Cloud's TC3-HMAC-SHA256 description.
const PAYLOAD = '{"PhoneNumberSet":["+8613800000001"],"SmsSdkAppId":"1400000000","SignName":"合舟调解","TemplateId":"123456","TemplateParamSet":["654321","5"]}';
const REQUEST = {
  secretId: 'AKIDEXAMPLE', secretKey: 'TestSecretKey0123456789', service: 'sms', host: 'sms.tencentcloudapi.com',
  payload: PAYLOAD, timestamp: 1764907200,
};
const SIGNATURE = 'ef1c116ea66db5a360cb2c15c61335a2b072edee218cdeaad19b6bbda98ba48e';

describe('Tencent Cloud TC3-HMAC-SHA256 signing', () => {
  it('builds the canonical request from the signed headers and the hashed UTF-8 body', () => {
    expect(tc3CanonicalRequest(REQUEST.host, PAYLOAD)).toBe(
      'POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:sms.tencentcloudapi.com\n\ncontent-type;host\n' +
        '33ca8f7ea0b973b784bce24e55dc8ab3e5e66859651f4cffc38e2b8337af2c85',
    );
  });

  it('scopes the string to sign to the UTC date and the service', () => {
    expect(tc3StringToSign(REQUEST).split('\n').slice(0, 3)).toEqual(['TC3-HMAC-SHA256', '1764907200', '2025-12-05/sms/tc3_request']);
  });

  it('signs with the key derived from the secret, date and service', () => {
    expect(tc3Authorization(REQUEST)).toBe(
      `TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2025-12-05/sms/tc3_request, SignedHeaders=content-type;host, Signature=${SIGNATURE}`,
    );
  });

  it('changes the signature when any byte of the body or the secret changes', () => {
    expect(tc3Authorization({ ...REQUEST, payload: PAYLOAD.replace('654321', '654322') })).not.toContain(SIGNATURE);
    expect(tc3Authorization({ ...REQUEST, secretKey: 'TestSecretKey0123456788' })).not.toContain(SIGNATURE);
  });

  it('sends SendSms with the code and minutes as template parameters, signed over the exact body', () => {
    const sender = new TencentSmsSender(
      { provider: 'tencent', secretId: 'AKIDEXAMPLE', secretKey: 'TestSecretKey0123456789', sdkAppId: '1400000000', signName: '合舟调解', templateId: '123456', noticeTemplateIds: { invitation: '654321' }, region: 'ap-guangzhou', endpoint: 'https://sms.tencentcloudapi.com' },
      () => 1764907200_000,
    );
    const request = sender.buildRequest({ phone: '13800000001', purpose: 'register', code: '654321', text: '…', ttlMinutes: 5 });
    expect(request.body).toBe(PAYLOAD);
    const notice = sender.buildRequest({ phone: '13800000001', kind: 'invitation', text: '…', params: ['张三', '民间借贷', '14', 'https://x/i/AB'] });
    expect(JSON.parse(notice.body)).toMatchObject({ TemplateId: '654321', TemplateParamSet: ['张三', '民间借贷', '14', 'https://x/i/AB'] });
    expect(request.headers).toMatchObject({
      Authorization: expect.stringContaining(`Signature=${SIGNATURE}`),
      'X-TC-Action': 'SendSms', 'X-TC-Version': '2021-01-11', 'X-TC-Timestamp': '1764907200', 'X-TC-Region': 'ap-guangzhou',
    });
  });
});
