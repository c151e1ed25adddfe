import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { CreateUserDto, PreferencesDto } from './dto/user.dto';
import { UsersService } from './users.service';
import { ApiResult } from '../openapi/api-result';

@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiResult('MeResponse')
  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return this.users.me(user);
  }

  @ApiResult('MeResponse')
  @Patch('me/preferences')
  setPreferences(@CurrentUser() user: AuthUser, @Body() body: PreferencesDto) {
    return this.users.setPreferences(user, body);
  }

  @ApiResult('MeResponse')
  @Post('admin/users')
  @Roles('admin')
  create(@Body() body: CreateUserDto) {
    return this.users.createByAdmin(body);
  }
}
