import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsMobilePhoneCn, IsStrongPassword } from '../../common/identifiers/validators';
import type { MeResponse } from '../../api-contract';
import { ROLES, Role, User } from '../entities/user.entity';
import { Label } from '../../common/errors/field-label';

export type { MeResponse } from '../../api-contract';

export function toMeResponse(user: User): MeResponse {
  const org = user.organization;
  return {
    id: user.id,
    phone: user.phone,
    name: user.name,
    role: user.role,
    organization: org ? { id: org.id, name: org.name, kind: org.kind } : null,
    elderMode: user.elderMode ?? false,
  };
}

/** An admin creates staff accounts (and may create parties, e.g. for walk-in applicants). */
export class CreateUserDto {
  @Label('手机号') @ApiProperty() @IsMobilePhoneCn() phone: string;
  @Label('姓名') @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  @Label('密码') @ApiProperty() @IsStrongPassword() password: string;
  @Label('角色') @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role: Role;
  @Label('所属机构') @ApiProperty({ required: false }) @IsOptional() @IsUUID() organizationId?: string;
}


/** The user's own display preferences. */
export class PreferencesDto {
  @Label('长辈模式') @ApiProperty() @IsBoolean() elderMode: boolean;
}
