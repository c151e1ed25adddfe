import { Body, Controller, HttpCode, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { User } from '../users/entities/user.entity';
import { CurrentUser, Public } from './auth.decorators';
import { LocalAuthGuard } from './auth.guards';
import { AuthService } from './auth.service';
import { LoginDto, PasswordResetDto, RefreshDto, RegisterDto, UnlockDto } from './dto/auth.dto';
import { ApiResult } from '../openapi/api-result';

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @ApiResult('TokenResponse')
  @Post('register')
  register(@Body() body: RegisterDto, @Ip() ip: string) {
    return this.auth.register(body, ip);
  }

  @ApiResult('TokenResponse')
  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  login(@CurrentUser() user: unknown) {
    return this.auth.login(user as User);
  }

  @ApiResult('TokenResponse')
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() body: RefreshDto) {
    return this.auth.refresh(body.refreshToken);
  }

  /** Lifts a lock left by failed logins, with a code sent to the phone (purpose unlock). */
  @Post('unlock')
  @HttpCode(204)
  unlock(@Body() body: UnlockDto, @Ip() ip: string) {
    return this.auth.unlock(body, ip);
  }

  /** Sets a new password with a code sent to the phone (purpose reset); other logins end. */
  @Post('password-reset')
  @HttpCode(204)
  resetPassword(@Body() body: PasswordResetDto, @Ip() ip: string) {
    return this.auth.resetPassword(body, ip);
  }

  @Post('logout')
  @HttpCode(204)
  logout(@Body() body: RefreshDto) {
    return this.auth.logout(body.refreshToken);
  }
}
