import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ThrottleModule } from '../throttle/throttle.module';
import { PhoneCode } from './entities/phone-code.entity';
import { SmsOutboxMessage } from './entities/sms-outbox-message.entity';
import { DevOutboxController, PhoneCodesController } from './phone-codes.controller';
import { PhoneCodesService } from './phone-codes.service';
import { OutboxSmsSender } from './sms/outbox-sms.sender';
import { SMS_SENDER, SmsSender } from './sms/sms-sender';
import { TencentSmsSender } from './sms/tencent-sms.sender';

/** Phone codes over the SmsSender port: Tencent Cloud SMS when configured, else the development outbox. */
@Module({
  imports: [TypeOrmModule.forFeature([PhoneCode, SmsOutboxMessage]), ThrottleModule],
  controllers: [PhoneCodesController, DevOutboxController],
  providers: [
    PhoneCodesService,
    {
      provide: SMS_SENDER,
      inject: [APP_CONFIG],
      useFactory: ({ sms }: AppConfig): SmsSender => (sms.provider === 'tencent' ? new TencentSmsSender(sms) : new OutboxSmsSender()),
    },
  ],
  exports: [PhoneCodesService, SMS_SENDER],
})
export class PhoneCodesModule {}
