import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsMobilePhoneCn, IsPhoneCode, IsStrongPassword } from '../../common/identifiers/validators';
export type { TokenResponse } from '../../api-contract';

export class RegisterDto {
  @ApiProperty({ example: '13800138000' }) @IsMobilePhoneCn()
  phone: string;

  @ApiProperty({ example: 'mima2026ok' }) @IsStrongPassword()
  password: string;

  @ApiProperty({ example: '张三' }) @IsString() @IsNotEmpty() @MaxLength(50)
  name: string;

  @ApiProperty({ example: '123456', description: '发送到该手机号的注册验证码（POST /api/auth/phone-codes，purpose=register）' })
  @IsPhoneCode()
  code: string;
}

export class LoginDto {
  @ApiProperty({ example: '13800138000' }) @IsMobilePhoneCn()
  phone: string;

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(64)
  password: string;
}

export class RefreshDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200)
  refreshToken: string;
}


export class UnlockDto {
  @ApiProperty({ example: '13800138000' }) @IsMobilePhoneCn()
  phone: string;

  @ApiProperty({ example: '123456', description: '解锁验证码（purpose=unlock）' }) @IsPhoneCode()
  code: string;
}

export class PasswordResetDto {
  @ApiProperty({ example: '13800138000' }) @IsMobilePhoneCn()
  phone: string;

  @ApiProperty({ example: '123456', description: '重置密码验证码（purpose=reset）' }) @IsPhoneCode()
  code: string;

  @ApiProperty({ example: 'mima2026ok' }) @IsStrongPassword()
  password: string;
}
