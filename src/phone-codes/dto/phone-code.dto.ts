import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Label } from '../../common/errors/field-label';
import { IsMobilePhoneCn } from '../../common/identifiers/validators';
import { PUBLIC_PURPOSES } from '../phone-code-purpose';
import type { OutboxItem } from '../../api-contract';
import type { SmsOutboxMessage } from '../entities/sms-outbox-message.entity';

export class PhoneCodeRequestDto {
  @Label('手机号') @ApiProperty({ example: '13800138000' }) @IsMobilePhoneCn()
  phone: string;

  @Label('用途') @ApiProperty({ enum: PUBLIC_PURPOSES, description: 'register 注册 / invitation 答复邀请 / reset 重置密码 / unlock 解除锁定' })
  @IsIn(PUBLIC_PURPOSES)
  purpose: (typeof PUBLIC_PURPOSES)[number];
}

export type { OutboxItem, OutboxResponse, PhoneCodeSentResponse } from '../../api-contract';

export class OutboxQueryDto {
  @Label('手机号') @ApiProperty({ required: false, example: '13800138000' }) @IsOptional() @IsMobilePhoneCn()
  phone?: string;
}

export const toOutboxItem = (m: SmsOutboxMessage): OutboxItem => ({
  phone: m.phone, purpose: m.purpose, code: m.code, text: m.text, sentAt: m.sentAt.toISOString(),
});
