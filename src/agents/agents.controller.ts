import { Body, Controller, Get, HttpCode, Post, StreamableFile, UploadedFile as File, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { DiscardUploadOnError } from '../evidence/discard-upload.interceptor';
import { contentDisposition } from '../evidence/evidence-files';
import { ReceivedFile } from '../evidence/evidence-storage';
import { ApiFileResult, ApiResult, ApiResultList } from '../openapi/api-result';
import { AgentUploadGuard } from './agent-upload.guard';
import { AgentsService } from './agents.service';
import { AddAgentDto, DecideAgentDto, RevokeAgentDto } from './dto/agent.dto';

const CaseId = () => UuidParam('id', 'CASE_NOT_FOUND');
const AgencyId = () => UuidParam('agencyId', 'AGENT_NOT_FOUND');

@ApiTags('agents')
@ApiBearerAuth()
@Controller()
export class AgentsController {
  constructor(private readonly agents: AgentsService) {}

  @ApiResultList('AgencyResponse')
  @Get('cases/:id/agents')
  list(@CurrentUser() user: AuthUser, @CaseId() caseId: string) {
    return this.agents.list(user, caseId);
  }

  /** Multipart: the form's fields and `file`, the power of attorney (授权委托书). */
  @ApiResult('AgencyResponse')
  @Post('cases/:id/agents')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseGuards(AgentUploadGuard) // before the body is read
  @UseInterceptors(FileInterceptor('file'), DiscardUploadOnError)
  add(@CurrentUser() user: AuthUser, @CaseId() caseId: string, @File() file: ReceivedFile | undefined, @Body() body: AddAgentDto) {
    return this.agents.add(user, caseId, body, file);
  }

  @ApiResult('AgencyResponse')
  @Post('agents/:agencyId/decision')
  @HttpCode(200)
  decide(@CurrentUser() user: AuthUser, @AgencyId() agencyId: string, @Body() body: DecideAgentDto) {
    return this.agents.decide(user, agencyId, body);
  }

  @ApiResult('AgencyResponse')
  @Post('agents/:agencyId/revoke')
  @HttpCode(200)
  revoke(@CurrentUser() user: AuthUser, @AgencyId() agencyId: string, @Body() body: RevokeAgentDto) {
    return this.agents.revoke(user, agencyId, body);
  }

  @ApiFileResult()
  @Get('agents/:agencyId/power-of-attorney')
  async powerOfAttorney(@CurrentUser() user: AuthUser, @AgencyId() agencyId: string) {
    const { agency, stream } = await this.agents.openPowerOfAttorney(user, agencyId);
    return new StreamableFile(stream, { type: agency.poaMimeType, length: agency.poaSizeBytes, disposition: contentDisposition(agency.poaFileName) });
  }
}
