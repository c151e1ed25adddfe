import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { AgentsService } from './agents.service';

/** Before the multipart body is read: a stranger, a relation that may not name agents, or a closed case gets no byte in. */
@Injectable()
export class AgentUploadGuard implements CanActivate {
  constructor(private readonly agents: AgentsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<{ user: AuthUser; params: { id: string } }>();
    if (!isUUID(req.params.id)) throw new DomainError('CASE_NOT_FOUND');
    await this.agents.checkAdd(req.user, req.params.id);
    return true;
  }
}
