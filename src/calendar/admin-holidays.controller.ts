import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { ApiResult } from '../openapi/api-result';
import { CalendarService } from './calendar.service';
import { HolidayYearDto } from './dto/holiday.dto';

/** The State Council's holiday notice of each year, kept by an admin (deadlines are counted with it). */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/holidays')
export class AdminHolidaysController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':year')
  @ApiResult('HolidayYearResponse')
  year(@Param('year', ParseIntPipe) year: number) {
    return this.calendar.year(year);
  }

  @Put(':year')
  @ApiResult('HolidayYearResponse')
  replace(@CurrentUser() user: AuthUser, @Param('year', ParseIntPipe) year: number, @Body() body: HolidayYearDto) {
    return this.calendar.replaceYear(user, year, body.days);
  }
}
