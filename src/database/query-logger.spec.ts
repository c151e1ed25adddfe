import { Logger } from '@nestjs/common';
import { QueryLogger } from './query-logger';

describe('QueryLogger', () => {
  it('logs a failed statement without its parameters', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    new QueryLogger().logQueryError(new Error('duplicate key'), 'INSERT INTO users (phone, password_hash) VALUES ($1, $2)', ['13900000001', '$argon2id$secret']);
    const line = String(error.mock.calls[0][0]);
    expect(line).toContain('duplicate key');
    expect(line).toContain('INSERT INTO users');
    expect(line).not.toContain('13900000001');
    expect(line).not.toContain('argon2id');
    error.mockRestore();
  });
});
