import { clientKey } from './client-key';

describe('client key for throttles', () => {
  it('keys IPv4 clients by their address, also when written IPv4-mapped', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('keys every address of one IPv6 /64 the same', () => {
    const a = clientKey('2001:db8:abcd:12::1');
    const b = clientKey('2001:0db8:abcd:0012:ffff:eeee:dddd:cccc');
    const c = clientKey('2001:db8:abcd:12:1234::');
    expect(a).toBe('2001:db8:abcd:12::/64');
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('keys neighbouring /64s apart', () => {
    expect(clientKey('2001:db8:abcd:13::1')).not.toBe(clientKey('2001:db8:abcd:12::1'));
  });

  it('handles compressed forms, zone indexes and junk', () => {
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKey('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(clientKey('not an ip')).toBe('unknown');
    expect(clientKey(undefined)).toBe('unknown');
  });
});
