import { Body, Controller, Get, HttpCode, Inject, Ip, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OutboxQueryDto, OutboxResponse, PhoneCodeRequestDto, PhoneCodeSentResponse, toOutboxItem } from './dto/phone-code.dto';
import { SmsOutboxMessage } from './entities/sms-outbox-message.entity';
import { PhoneCodesService } from './phone-codes.service';
import { ApiResult } from '../openapi/api-result';

@ApiTags('auth')
@Public()
@Controller('auth/phone-codes')
export class PhoneCodesController {
  constructor(private readonly phoneCodes: PhoneCodesService) {}

  /** Sends a code whether or not the phone has an account, so the answer tells nobody who is registered. */
  @Post()
  @HttpCode(202)
  @ApiResult('PhoneCodeSentResponse')
  send(@Body() body: PhoneCodeRequestDto, @Ip() ip: string): Promise<PhoneCodeSentResponse> {
    return this.phoneCodes.send(body.phone, body.purpose, { ip });
  }
}

/** What the development outbox "sent" (404 in production, where codes only go out by SMS). */
@ApiTags('dev')
@Public()
@Controller('dev/outbox')
export class DevOutboxController {
  constructor(
    @InjectRepository(SmsOutboxMessage) private readonly outbox: Repository<SmsOutboxMessage>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiResult('OutboxResponse')
  async list(@Query() query: OutboxQueryDto): Promise<OutboxResponse> {
    if (this.config.env === 'production') throw new DomainError('NOT_FOUND');
    const rows = await this.outbox.find({ where: query.phone ? { phone: query.phone } : {}, order: { id: 'DESC' }, take: 50 });
    return { items: rows.map(toOutboxItem) };
  }
}
