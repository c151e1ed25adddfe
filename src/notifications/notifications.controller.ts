import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { NotificationList, NotificationPreferences, UnreadCount } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { ApiResult } from '../openapi/api-result';
import { ListNotificationsQuery, NotificationPreferencesDto } from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

/** The bell: the user's notifications, the unread count, marking read, and the channel preferences. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiResult('NotificationList')
  list(@CurrentUser() user: AuthUser, @Query() query: ListNotificationsQuery): Promise<NotificationList> {
    return this.notifications.list(user, query.unread ?? false);
  }

  @Get('unread-count')
  @ApiResult('UnreadCount')
  async unread(@CurrentUser() user: AuthUser): Promise<UnreadCount> {
    return { unread: await this.notifications.unreadCount(user) };
  }

  @Post('read-all')
  @HttpCode(204)
  @ApiNoContentResponse()
  readAll(@CurrentUser() user: AuthUser): Promise<void> {
    return this.notifications.markRead(user, null);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiNoContentResponse()
  read(@CurrentUser() user: AuthUser, @UuidParam('id', 'NOTIFICATION_NOT_FOUND') id: string): Promise<void> {
    return this.notifications.markRead(user, id);
  }

  @Get('preferences')
  @ApiResult('NotificationPreferences')
  preferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferences> {
    return this.notifications.preferences(user);
  }

  @Put('preferences')
  @ApiResult('NotificationPreferences')
  save(@CurrentUser() user: AuthUser, @Body() body: NotificationPreferencesDto): Promise<NotificationPreferences> {
    return this.notifications.savePreferences(user, body);
  }
}
