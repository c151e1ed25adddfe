import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { Label } from '../../common/errors/field-label';
import { IsMobilePhoneCn, IsResidentId } from '../../common/identifiers/validators';
import type { AgentAuthority, AgentRelation } from '../entities/case-agent.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const AGENT_RELATIONS: readonly AgentRelation[] = ['lawyer', 'relative', 'employee', 'other'];
export const AGENT_AUTHORITIES: readonly AgentAuthority[] = ['general', 'special'];

/** The fields of the multipart form that names an agent (the power of attorney is its `file`). */
export class AddAgentDto {
  @Label('被代理的当事人') @ApiProperty() @IsUUID() partyId: string;
  @Label('代理人姓名') @ApiProperty({ example: '赵六' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  @Label('代理人手机号') @ApiProperty({ example: '13600136000' }) @Transform(trim) @IsMobilePhoneCn() phone: string;
  @Label('代理人身份证号') @ApiProperty({ example: '11010519491231002X' }) @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsResidentId() idNumber: string;
  @Label('与当事人关系') @ApiProperty({ enum: AGENT_RELATIONS }) @IsIn(AGENT_RELATIONS) relation: AgentRelation;
  /** 律师执业证号: 17 digits. */
  @Label('律师执业证号') @ApiPropertyOptional({ example: '15001201810123456' }) @ValidateIf((o: AddAgentDto) => o.relation === 'lawyer')
  @Transform(trim) @Matches(/^\d{17}$/) licenceNumber?: string;
  @Label('律师事务所') @ApiPropertyOptional({ example: '重庆某某律师事务所' }) @ValidateIf((o: AddAgentDto) => o.relation === 'lawyer')
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) lawFirm?: string;
  @Label('授权范围') @ApiProperty({ enum: AGENT_AUTHORITIES }) @IsIn(AGENT_AUTHORITIES) authority: AgentAuthority;
}

export class DecideAgentDto {
  @Label('审核结果') @ApiProperty({ enum: ['approve', 'reject'] }) @IsIn(['approve', 'reject']) decision: 'approve' | 'reject';
  /** Required to reject: the party is told why. */
  @Label('理由') @ApiPropertyOptional() @ValidateIf((o: DecideAgentDto) => o.decision === 'reject' || o.reason !== undefined)
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) reason?: string;
}

export class RevokeAgentDto {
  @Label('理由') @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(500) reason?: string;
}
