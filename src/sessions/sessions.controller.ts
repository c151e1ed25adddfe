import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { ConfirmRecordDto, InviteGuestDto, RecordingConsentDto, SaveRecordDto } from './dto/session.dto';
import { SessionRecordsService } from './session-records.service';
import { SessionsService } from './sessions.service';
import { ApiResult, ApiResultList } from '../openapi/api-result';

const CaseId = () => UuidParam('id', 'CASE_NOT_FOUND');
const SessionId = () => UuidParam('id', 'SESSION_NOT_FOUND');

@ApiTags('sessions')
@ApiBearerAuth()
@Controller()
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly records: SessionRecordsService,
  ) {}

  @ApiResult('SessionDetail')
  @Post('cases/:id/sessions')
  open(@CurrentUser() user: AuthUser, @CaseId() caseId: string) {
    return this.sessions.open(user, caseId);
  }

  @ApiResultList('SessionSummary')
  @Get('cases/:id/sessions')
  list(@CurrentUser() user: AuthUser, @CaseId() caseId: string) {
    return this.sessions.listOfCase(user, caseId);
  }

  @ApiResult('SessionDetail')
  @Get('sessions/:id')
  get(@CurrentUser() user: AuthUser, @SessionId() id: string) {
    return this.sessions.get(user, id);
  }

  @ApiResult('RecordResponse')
  @Put('sessions/:id/record')
  saveRecord(@CurrentUser() user: AuthUser, @SessionId() id: string, @Body() body: SaveRecordDto) {
    return this.records.save(user, id, body);
  }

  @ApiResultList('RecordConfirmationResponse')
  @Post('sessions/:id/record/confirm')
  @HttpCode(200)
  confirmRecord(@CurrentUser() user: AuthUser, @SessionId() id: string, @Body() body: ConfirmRecordDto) {
    return this.records.confirm(user, id, body);
  }

  @ApiResultList('RecordingConsentResponse')
  @Post('sessions/:id/recording-consent')
  @HttpCode(200)
  recordingConsent(@CurrentUser() user: AuthUser, @SessionId() id: string, @Body() body: RecordingConsentDto) {
    return this.records.setRecordingConsent(user, id, body);
  }

  @ApiResult('SessionDetail')
  @Post('sessions/:id/guests')
  @HttpCode(200)
  inviteGuest(@CurrentUser() user: AuthUser, @SessionId() id: string, @Body() body: InviteGuestDto) {
    return this.sessions.inviteGuest(user, id, body.userId);
  }

  @ApiResult('SessionDetail')
  @Post('sessions/:id/end')
  @HttpCode(200)
  end(@CurrentUser() user: AuthUser, @SessionId() id: string) {
    return this.sessions.end(user, id);
  }
}
