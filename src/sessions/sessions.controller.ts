import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
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

  /** The session's file; its log (events) and chat come 200 at a time: pass the answer's `next` as `?after=`. */
  @ApiResult('SessionDetail')
  @Get('sessions/:id')
  @ApiQuery({ name: 'after', required: false, description: '上一页返回的 next（分页游标）' })
  get(@CurrentUser() user: AuthUser, @SessionId() id: string, @Query('after') after?: string) {
    return this.sessions.get(user, id, typeof after === 'string' ? after : undefined);
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

  /** Un-invite a guide (取消指导法官邀请): they lose the session, and are dropped from the live room at once. */
  @ApiResult('SessionDetail')
  @Delete('sessions/:id/guests/:userId')
  uninviteGuest(@CurrentUser() user: AuthUser, @SessionId() id: string, @UuidParam('userId', 'SESSION_GUEST_NOT_FOUND') userId: string) {
    return this.sessions.uninviteGuest(user, id, userId);
  }

  @ApiResult('SessionDetail')
  @Post('sessions/:id/end')
  @HttpCode(200)
  end(@CurrentUser() user: AuthUser, @SessionId() id: string) {
    return this.sessions.end(user, id);
  }
}
