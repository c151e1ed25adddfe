import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM's log, without query parameters: they carry phone numbers, names, encrypted IDs and password hashes.
 * Failed statements are logged with their error and the start of the SQL text only.
 */
export class QueryLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  logQuery(): void {}

  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    const message = error instanceof Error ? error.message : error;
    this.logger.error(`数据库语句失败：${message} — ${sqlHead(query)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`慢查询 ${time} ms：${sqlHead(query)}`);
  }

  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}

export function sqlHead(query: string): string {
  const flat = query.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? flat.slice(0, 160) + '…' : flat;
}
