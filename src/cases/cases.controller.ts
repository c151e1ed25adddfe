import { Body, Controller, Get, Headers, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { checkIdempotencyKey } from './idempotency-key';
import { CaseWorkflowService } from './case-workflow.service';
import { CasesService } from './cases.service';
import { AssignMediatorDto, CloseMediationDto, ListCasesQuery, NoteDto, OptionalReasonDto, ReasonDto, StatementDto } from './dto/case-action.dto';
import { StatementsService } from './statements.service';
import { FileCaseDto, OrganizationRespondentDto, PersonRespondentDto } from './dto/file-case.dto';
import { ApiResult, ApiResultList } from '../openapi/api-result';

const CaseId = () => UuidParam('id', 'CASE_NOT_FOUND');

@ApiTags('cases')
@ApiExtraModels(PersonRespondentDto, OrganizationRespondentDto)
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly workflow: CaseWorkflowService,
    private readonly statements: StatementsService,
  ) {}

  @ApiResult('CaseDetail')
  @Post()
  @Roles('party')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '重试同一申请时复用，保证只建一个案件' })
  async file(
    @CurrentUser() user: AuthUser,
    @Body() body: FileCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { detail, replayed } = await this.cases.file(user, body, checkIdempotencyKey(key));
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return detail;
  }

  @ApiResult('CaseSummaryPage')
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: ListCasesQuery) {
    return this.cases.list(user, query);
  }

  @ApiResult('CaseDetail')
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @CaseId() id: string) {
    return this.cases.get(user, id);
  }

  @ApiResultList('TimelineItem')
  @Get(':id/timeline')
  timeline(@CurrentUser() user: AuthUser, @CaseId() id: string) {
    return this.cases.timelineOf(user, id);
  }

  @ApiResult('CaseDetail')
  @Post(':id/accept')
  @HttpCode(200)
  accept(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() body: NoteDto) {
    return this.workflow.transition(user, id, 'accept', body);
  }

  @ApiResult('CaseDetail')
  @Post(':id/decline')
  @HttpCode(200)
  decline(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() body: ReasonDto) {
    return this.workflow.transition(user, id, 'decline', { note: body.reason });
  }

  @ApiResult('CaseDetail')
  @Post(':id/assign')
  @HttpCode(200)
  assign(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() body: AssignMediatorDto) {
    return this.workflow.transition(user, id, 'assign', body);
  }

  @ApiResult('CaseDetail')
  @Post(':id/withdraw')
  @HttpCode(200)
  withdraw(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() body: OptionalReasonDto) {
    return this.workflow.transition(user, id, 'withdraw', { note: body.reason });
  }

  @ApiResult('CaseDetail')
  @Post(':id/start-mediation')
  @HttpCode(200)
  startMediation(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() body: NoteDto) {
    return this.workflow.transition(user, id, 'start_mediation', body);
  }

  @ApiResult('CaseDetail')
  @Post(':id/close')
  @HttpCode(200)
  close(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() body: CloseMediationDto) {
    return this.workflow.transition(user, id, body.outcome === 'settled' ? 'settle' : 'fail', body);
  }

  /** 答辩意见: the respondent's own account (given again, it replaces the earlier one). */
  @ApiResult('CaseDetail')
  @Put(':id/statement')
  giveStatement(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() body: StatementDto) {
    return this.statements.give(user, id, body.text);
  }
}
