import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { ApiFileResult, ApiResult, ApiResultList } from '../openapi/api-result';
import { AvailabilityDto, DirectoryQuery, LeaveDto, PhotoDto, SlotsQuery, UpdateProfileDto } from './dto/mediator.dto';
import { MediationClockService } from './mediation-clock.service';
import { MediatorCalendarService } from './mediator-calendar.service';
import { MediatorsService } from './mediators.service';

const MediatorId = () => UuidParam('id', 'MEDIATOR_PROFILE_NOT_FOUND');

/** The mediator directory (for everyone signed in), profiles, availability, the mediator's calendar and queue. */
@ApiTags('mediators')
@ApiBearerAuth()
@Controller()
export class MediatorsController {
  constructor(
    private readonly mediators: MediatorsService,
    private readonly calendars: MediatorCalendarService,
    private readonly clocks: MediationClockService,
  ) {}

  /** The directory: by category, organisation (or its kind), language and a day the mediator is available. */
  @ApiResult('MediatorPage')
  @Get('mediators')
  directory(@Query() query: DirectoryQuery) {
    return this.mediators.directory(query);
  }

  @ApiResult('MediatorQueue')
  @Get('mediators/me/queue')
  @Roles('mediator')
  queue(@CurrentUser() user: AuthUser) {
    return this.calendars.queue(user);
  }

  @ApiResult('MediatorProfileDetail')
  @Get('mediators/:id')
  profile(@CurrentUser() user: AuthUser, @MediatorId() id: string) {
    return this.mediators.profile(user, id);
  }

  @ApiResult('MediatorProfileDetail')
  @Patch('mediators/:id')
  update(@CurrentUser() user: AuthUser, @MediatorId() id: string, @Body() body: UpdateProfileDto) {
    return this.mediators.updateProfile(user, id, body);
  }

  @ApiResult('MediatorProfileDetail')
  @Put('mediators/:id/availability')
  availability(@CurrentUser() user: AuthUser, @MediatorId() id: string, @Body() body: AvailabilityDto) {
    return this.mediators.setAvailability(user, id, body);
  }

  @ApiResult('MediatorProfileDetail')
  @Post('mediators/:id/leave')
  addLeave(@CurrentUser() user: AuthUser, @MediatorId() id: string, @Body() body: LeaveDto) {
    return this.mediators.addLeave(user, id, body);
  }

  @ApiResult('MediatorProfileDetail')
  @Delete('mediators/:id/leave/:leaveId')
  deleteLeave(@CurrentUser() user: AuthUser, @MediatorId() id: string, @UuidParam('leaveId', 'LEAVE_NOT_FOUND') leaveId: string) {
    return this.mediators.deleteLeave(user, id, leaveId);
  }

  @ApiResult('MediatorProfileDetail')
  @Put('mediators/:id/photo')
  setPhoto(@CurrentUser() user: AuthUser, @MediatorId() id: string, @Body() body: PhotoDto) {
    return this.mediators.setPhoto(user, id, body.dataUrl);
  }

  @ApiResult('MediatorProfileDetail')
  @Delete('mediators/:id/photo')
  deletePhoto(@CurrentUser() user: AuthUser, @MediatorId() id: string) {
    return this.mediators.setPhoto(user, id, null);
  }

  /** A directory photo is public, like the directory card it belongs to (an <img> sends no token). */
  @Public()
  @Get('mediators/:id/photo')
  @ApiFileResult()
  async photo(@MediatorId() id: string) {
    const { photo, type } = await this.mediators.photo(id);
    return new StreamableFile(photo, { type, length: photo.length });
  }

  /** The week view of free slots (Asia/Shanghai); who booked the others is not shown. */
  @ApiResult('MediatorSlots')
  @Get('mediators/:id/slots')
  slots(@MediatorId() id: string, @Query() query: SlotsQuery) {
    return this.mediators.slots(id, query);
  }

  /** The mediator's calendar feed: subscribe to the secret URL in a calendar app (no login). */
  @Public()
  @Get('calendar/:file')
  @ApiFileResult()
  async feed(@Param('file') file: string) {
    const content = Buffer.from(await this.calendars.feed(file.replace(/\.ics$/, '')));
    return new StreamableFile(content, { type: 'text/calendar; charset=utf-8', length: content.length });
  }

  /** The committee desk: cases past their mediation period without the parties' consent to extend. */
  @ApiResultList('OverrunCase')
  @Get('mediation-clock/overruns')
  @Roles('mediator', 'admin')
  overruns(@CurrentUser() user: AuthUser) {
    return this.clocks.overruns(user);
  }
}
