import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsMobilePhoneCn, IsStrongPassword } from '../../common/identifiers/validators';
export type { TokenResponse } from '../../api-contract';

export class RegisterDto {
  @ApiProperty({ example: '13800138000' }) @IsMobilePhoneCn()
  phone: string;

  @ApiProperty({ example: 'mima2026ok' }) @IsStrongPassword()
  password: string;

  @ApiProperty({ example: '张三' }) @IsString() @IsNotEmpty() @MaxLength(50)
  name: string;
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

