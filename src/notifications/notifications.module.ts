import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { ElectronicService } from './electronic-service';
import { ServiceRecordsController } from './service-records.controller';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PhoneCodesModule } from '../phone-codes/phone-codes.module';
import { SMS_SENDER, SmsSender } from '../phone-codes/sms/sms-sender';
import { EmailChannel } from './channels/email.channel';
import { NOTIFICATION_CHANNELS, NotificationChannel } from './channels/notification-channel';
import { SmsChannel } from './channels/sms.channel';
import { NotificationDelivery } from './notification-delivery';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

/** Notifications: the bell in the app, SMS and e-mail behind one channel interface, durable delivery. */
@Module({
  imports: [PhoneCodesModule, AccessModule, AuditModule],
  controllers: [NotificationsController, ServiceRecordsController],
  providers: [
    NotificationsService, NotificationsRepository, NotificationDelivery, ElectronicService,
    {
      provide: NOTIFICATION_CHANNELS,
      inject: [SMS_SENDER, APP_CONFIG],
      useFactory: (sms: SmsSender, config: AppConfig): NotificationChannel[] => [new SmsChannel(sms), new EmailChannel(config.mail.smtpUrl, config.mail.from)],
    },
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
