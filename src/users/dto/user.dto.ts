import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsMobilePhoneCn, IsStrongPassword } from '../../common/identifiers/validators';
import type { MeResponse } from '../../api-contract';
import { ROLES, Role, User } from '../entities/user.entity';

export type { MediatorResponse, MeResponse } from '../../api-contract';

export function toMeResponse(user: User): MeResponse {
  const org = user.organization;
  return {
    id: user.id,
    phone: user.phone,
    name: user.name,
    role: user.role,
    organization: org ? { id: org.id, name: org.name, kind: org.kind } : null,
  };
}

/** An admin creates staff accounts (and may create parties, e.g. for walk-in applicants). */
export class CreateUserDto {
  @ApiProperty() @IsMobilePhoneCn() phone: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  @ApiProperty() @IsStrongPassword() password: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role: Role;
  @ApiProperty({ required: false }) @IsOptional() @IsUUID() organizationId?: string;
}

