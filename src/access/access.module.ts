import { Module } from '@nestjs/common';
import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';

/** Who may do what on a case or a session: one permission table each, one requireCase / requireSession. */
@Module({ providers: [AccessService, AccessRepository], exports: [AccessService] })
export class AccessModule {}
