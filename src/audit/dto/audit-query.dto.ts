import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Label } from '../../common/errors/field-label';

export class AuditQuery {
  @Label('操作人') @ApiPropertyOptional() @IsOptional() @IsUUID() actorId?: string;
  @Label('操作') @ApiPropertyOptional({ example: 'case.accept' }) @IsOptional() @IsString() @MaxLength(100) action?: string;
  @Label('对象类型') @ApiPropertyOptional({ example: 'case' }) @IsOptional() @IsString() @MaxLength(100) entity?: string;
  @Label('对象编号') @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) entityId?: string;
  @Label('起始日期') @ApiPropertyOptional() @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) from?: string;
  @Label('截止日期') @ApiPropertyOptional() @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) to?: string;
  @Label('翻页位置') @ApiPropertyOptional() @IsOptional() @Matches(/^\d{1,19}$/) before?: string;
  @Label('每页条数') @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(500) limit?: number;
}
