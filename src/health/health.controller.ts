import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { ApiResult } from '../openapi/api-result';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** Liveness plus a round trip to PostgreSQL. */
  @ApiResult('HealthResponse')
  @Public()
  @Get()
  async health() {
    const database = await this.dataSource.query('SELECT 1').then(() => 'up' as const, () => 'down' as const);
    return { status: database === 'up' ? ('ok' as const) : ('degraded' as const), database, uptimeSeconds: Math.round(process.uptime()) };
  }
}
