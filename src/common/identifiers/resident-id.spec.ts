import { isValidResidentId, residentIdCheckChar } from './resident-id';

describe('resident ID number (身份证号)', () => {
  it('accepts the example from the domain brief, with its X check character', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
  });

  it('computes the check character from the weighted sum', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it('refuses a wrong check character', () => {
    expect(isValidResidentId('110105194912310021')).toBe(false);
  });

  it('refuses an impossible birth date even with a matching check character', () => {
    const first17 = '11010519490231002';
    expect(isValidResidentId(first17 + residentIdCheckChar(first17))).toBe(false);
  });

  it('refuses a lower-case x, wrong lengths and letters', () => {
    expect(isValidResidentId('11010519491231002x')).toBe(false);
    expect(isValidResidentId('1101051949123100')).toBe(false);
    expect(isValidResidentId('A1010519491231002X')).toBe(false);
  });
});
