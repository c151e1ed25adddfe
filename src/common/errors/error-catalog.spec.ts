import { ERROR_CATALOG, ERROR_FILES } from './error-catalog';
import { mergeErrorFiles } from './error-definition';

describe('the error catalog merged from the features’ error files', () => {
  it('holds every code of every file, each with a status, a Chinese and an English message', () => {
    const codes = Object.values(ERROR_FILES).flatMap((file) => Object.keys(file));
    expect(Object.keys(ERROR_CATALOG).sort()).toEqual(codes.sort());
    for (const entry of Object.values(ERROR_CATALOG)) {
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.en.length).toBeGreaterThan(0);
    }
  });

  it('refuses a code declared by two features', () => {
    const a = { SAME: { status: 400, zh: '甲', en: 'a' } };
    const b = { SAME: { status: 409, zh: '乙', en: 'b' } };
    expect(() => mergeErrorFiles({ a, b })).toThrow('error code SAME is declared twice (again in b)');
  });
});
