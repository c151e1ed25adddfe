import { isValidCreditCode } from './credit-code';

describe('unified social credit code (统一社会信用代码)', () => {
  it('accepts the example from the domain brief', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });

  it('refuses a changed check character', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
  });

  it('refuses letters outside the alphabet (I, O, S, V, Z) and wrong lengths', () => {
    expect(isValidCreditCode('91350100M000100O43')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
  });
});
