import { displayVerifyCode, newVerifyCode, normalizeVerifyCode } from './verify-code';

describe('verification codes', () => {
  it('are 12 unambiguous characters, printed in groups of four', () => {
    const code = newVerifyCode();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
    expect(displayVerifyCode('ABCD2345WXYZ')).toBe('ABCD-2345-WXYZ');
  });

  it('accept what people type: dashes, spaces, lower case; refuse anything else', () => {
    expect(normalizeVerifyCode(' abcd-2345-wxyz ')).toBe('ABCD2345WXYZ');
    expect(normalizeVerifyCode('ABCD-2345-WXY0')).toBeNull();
    expect(normalizeVerifyCode("' OR 1=1 --")).toBeNull();
  });
});
