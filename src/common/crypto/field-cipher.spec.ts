import { FieldCipher } from './field-cipher';

describe('field cipher for ID numbers at rest', () => {
  const cipher = new FieldCipher('a-secret-of-at-least-thirty-two-characters');

  it('round-trips and never stores the plain text', () => {
    const sealed = cipher.encrypt('11010519491231002X');
    expect(sealed).not.toContain('11010519491231002X');
    expect(cipher.decrypt(sealed)).toBe('11010519491231002X');
  });

  it('uses a fresh IV each time', () => {
    expect(cipher.encrypt('x')).not.toBe(cipher.encrypt('x'));
  });

  it('detects tampering and a wrong key', () => {
    const sealed = cipher.encrypt('11010519491231002X');
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => cipher.decrypt(tampered)).toThrow();
    expect(() => new FieldCipher('another-secret-of-thirty-two-characters!').decrypt(sealed)).toThrow();
  });
});
