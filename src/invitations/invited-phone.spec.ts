import { invitedPhone } from './invited-phone';

describe('invitedPhone (where an invitation goes)', () => {
  it('reaches a person on his own phone', () => {
    expect(invitedPhone({ kind: 'person', phone: '13800138000', representativePhone: null })).toBe('13800138000');
  });

  it("reaches an organisation through its legal representative's phone, even when the organisation gave one", () => {
    expect(invitedPhone({ kind: 'organization', phone: '13900139000', representativePhone: '13700137000' })).toBe('13700137000');
    expect(invitedPhone({ kind: 'organization', phone: null, representativePhone: '13700137000' })).toBe('13700137000');
  });

  it("falls back to the organisation's own phone, and to none", () => {
    expect(invitedPhone({ kind: 'organization', phone: '13900139000', representativePhone: null })).toBe('13900139000');
    expect(invitedPhone({ kind: 'organization', phone: null, representativePhone: null })).toBeNull();
  });
});
