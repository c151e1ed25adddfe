import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsMobilePhoneCn, IsPhoneCode, IsStrongPassword } from '../../common/identifiers/validators';
import { Label } from '../../common/errors/field-label';
export type { TokenResponse } from '../../api-contract';

export class RegisterDto {
  @Label('手机号') @ApiProperty({ example: '13800138000' }) @IsMobilePhoneCn()
  phone: string;

  @Label('密码') @ApiProperty({ example: 'mima2026ok' }) @IsStrongPassword()
  password: string;

  @Label('姓名') @ApiProperty({ example: '张三' }) @IsString() @IsNotEmpty() @MaxLength(50)
  name: string;

  @Label('验证码') @ApiProperty({ example: '123456', description: '发送到该手机号的注册验证码（POST /api/auth/phone-codes，purpose=register）' })
  @IsPhoneCode()
  code: string;
}

export class LoginDto {
  @Label('手机号') @ApiProperty({ example: '13800138000' }) @IsMobilePhoneCn()
  phone: string;

  @Label('密码') @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(64)
  password: string;
}

export class RefreshDto {
  @Label('刷新凭证') @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200)
  refreshToken: string;
}

export class UnlockDto {
  @Label('手机号') @ApiProperty({ example: '13800138000' }) @IsMobilePhoneCn()
  phone: string;

  @Label('验证码') @ApiProperty({ example: '123456', description: '解锁验证码（purpose=unlock）' }) @IsPhoneCode()
  code: string;
}

export class PasswordResetDto {
  @Label('手机号') @ApiProperty({ example: '13800138000' }) @IsMobilePhoneCn()
  phone: string;

  @Label('验证码') @ApiProperty({ example: '123456', description: '重置密码验证码（purpose=reset）' }) @IsPhoneCode()
  code: string;

  @Label('密码') @ApiProperty({ example: 'mima2026ok' }) @IsStrongPassword()
  password: string;
}
