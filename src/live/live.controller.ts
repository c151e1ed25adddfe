import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { ApiStreamResult } from '../openapi/api-result';
import { LiveService } from './live.service';

/** The expiry of the (already verified) bearer token: the stream ends then and the client reconnects with a new one. */
function tokenExpiry(req: Request): number {
  const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { exp?: number };
    if (typeof payload.exp === 'number') return payload.exp * 1000;
  } catch {
    /* the guard verified it; a token without exp lasts the default quarter hour */
  }
  return Date.now() + 15 * 60_000;
}

@ApiTags('live')
@ApiBearerAuth()
@Controller('live')
export class LiveController {
  constructor(private readonly live: LiveService) {}

  /**
   * The caller's live stream (Server-Sent Events), authenticated like every route (Authorization header, so the token
   * never sits in a URL): `fetch` it and read the body; each event is one `LiveMessage`.
   */
  @ApiStreamResult('LiveMessage')
  @Get()
  stream(@CurrentUser() user: AuthUser, @Req() req: Request, @Res() res: Response): void {
    this.live.open(user, res, tokenExpiry(req));
  }
}
