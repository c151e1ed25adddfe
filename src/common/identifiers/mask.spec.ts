import { maskPhone, maskResidentId } from './mask';

describe('masking personal numbers', () => {
  it('keeps the area code and the last four of a resident ID', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
  });

  it('hides the middle four digits of a mobile number', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });
});
