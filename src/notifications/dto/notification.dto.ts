import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { Label } from '../../common/errors/field-label';
import { KIND_NAMES, NotificationKind } from '../notification-kinds';

export class ListNotificationsQuery {
  @Label('只看未读') @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => value === 'true' || value === true) @IsBoolean() unread?: boolean;
}

export class KindPreferenceDto {
  @Label('通知类别') @ApiProperty({ enum: KIND_NAMES }) @IsIn(KIND_NAMES) kind: NotificationKind;
  @Label('短信') @ApiProperty() @IsBoolean() sms: boolean;
  @Label('电子邮件') @ApiProperty() @IsBoolean() email: boolean;
}

export class NotificationPreferencesDto {
  @Label('电子邮箱') @ApiPropertyOptional({ nullable: true, example: 'zhangsan@example.com' })
  @IsOptional() @Transform(({ value }) => (value === '' ? null : value)) @IsEmail() email?: string | null;
  @Label('通知方式') @ApiProperty({ type: [KindPreferenceDto] })
  @IsArray() @ArrayMaxSize(KIND_NAMES.length) @ValidateNested({ each: true }) @Type(() => KindPreferenceDto) kinds: KindPreferenceDto[];
}
