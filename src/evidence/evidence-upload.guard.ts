import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/errors/domain-error';
import { EvidenceService } from './evidence.service';

/**
 * Runs before the multipart body is read (guards come before interceptors): a stranger, a relation without the
 * permission, or a closed case is answered at once, without receiving a byte of the file.
 */
@Injectable()
export class EvidenceUploadGuard implements CanActivate {
  constructor(private readonly evidence: EvidenceService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<{ user: AuthUser; params: { id: string } }>();
    if (!isUUID(req.params.id)) throw new DomainError('CASE_NOT_FOUND');
    await this.evidence.checkUpload(req.user, req.params.id);
    return true;
  }
}
