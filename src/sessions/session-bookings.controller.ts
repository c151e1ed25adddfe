import { Body, Controller, HttpCode, Get, Post, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { contentDisposition } from '../evidence/evidence-files';
import { ApiFileResult, ApiResult } from '../openapi/api-result';
import { BookSessionDto, CancelSessionDto, RecordAttendanceDto, RescheduleSessionDto } from './dto/booking.dto';
import { SessionBookingsService } from './session-bookings.service';

const CaseId = () => UuidParam('id', 'CASE_NOT_FOUND');
const SessionId = () => UuidParam('id', 'SESSION_NOT_FOUND');

/** Sessions booked ahead: book, move, cancel, record an in-person session's attendance, the .ics file. */
@ApiTags('sessions')
@ApiBearerAuth()
@Controller()
export class SessionBookingsController {
  constructor(private readonly bookings: SessionBookingsService) {}

  @ApiResult('SessionSummary')
  @Post('cases/:id/bookings')
  book(@CurrentUser() user: AuthUser, @CaseId() caseId: string, @Body() body: BookSessionDto) {
    return this.bookings.book(user, caseId, body);
  }

  @ApiResult('SessionSummary')
  @Post('sessions/:id/reschedule')
  @HttpCode(200)
  reschedule(@CurrentUser() user: AuthUser, @SessionId() id: string, @Body() body: RescheduleSessionDto) {
    return this.bookings.reschedule(user, id, body);
  }

  @ApiResult('SessionSummary')
  @Post('sessions/:id/cancel')
  @HttpCode(200)
  cancel(@CurrentUser() user: AuthUser, @SessionId() id: string, @Body() body: CancelSessionDto) {
    return this.bookings.cancel(user, id, body);
  }

  @ApiResult('SessionSummary')
  @Post('sessions/:id/attendance')
  @HttpCode(200)
  attendance(@CurrentUser() user: AuthUser, @SessionId() id: string, @Body() body: RecordAttendanceDto) {
    return this.bookings.recordAttendance(user, id, body);
  }

  @Get('sessions/:id/calendar.ics')
  @ApiFileResult()
  async ics(@CurrentUser() user: AuthUser, @SessionId() id: string) {
    const { fileName, content } = await this.bookings.ics(user, id);
    return new StreamableFile(content, { type: 'text/calendar; charset=utf-8', length: content.length, disposition: contentDisposition(fileName) });
  }
}
