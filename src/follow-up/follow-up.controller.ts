import { Body, Controller, Get, HttpCode, Post, Put, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FollowUpTaskResponse, MySatisfaction } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { contentDisposition } from '../evidence/evidence-files';
import { ApiFileResult, ApiResult, ApiResultList } from '../openapi/api-result';
import { RateDto, RecordFollowUpDto, ReportPaymentDto } from './dto/follow-up.dto';
import { FollowUpService } from './follow-up.service';

const CaseId = () => UuidParam('id', 'CASE_NOT_FOUND');
const TaskId = () => UuidParam('id', 'FOLLOW_UP_NOT_FOUND');
const PaymentId = () => UuidParam('id', 'RECEIPT_NOT_FOUND');

@ApiTags('follow-up')
@ApiBearerAuth()
@Controller()
export class FollowUpController {
  constructor(private readonly followUp: FollowUpService) {}

  @Get('cases/:id/follow-ups')
  @ApiResultList('FollowUpTaskResponse')
  ofCase(@CurrentUser() user: AuthUser, @CaseId() caseId: string): Promise<FollowUpTaskResponse[]> {
    return this.followUp.ofCase(user, caseId);
  }

  @Put('follow-ups/:id')
  @ApiResult('FollowUpTaskResponse')
  record(@CurrentUser() user: AuthUser, @TaskId() id: string, @Body() body: RecordFollowUpDto): Promise<FollowUpTaskResponse> {
    return this.followUp.record(user, id, body);
  }

  /** A party reports a payment: multipart with the fields of ReportPaymentDto and an optional `receipt` file. */
  @Post('follow-ups/:id/payments')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { paidOn: { type: 'string' }, amountFen: { type: 'integer' }, note: { type: 'string' }, receipt: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('receipt', { limits: { fileSize: 10 * 1024 * 1024, files: 1 } }))
  @ApiResult('FollowUpTaskResponse')
  report(@CurrentUser() user: AuthUser, @TaskId() id: string, @Body() body: ReportPaymentDto,
    @UploadedFile() receipt: { originalname: string; mimetype: string; buffer: Buffer } | undefined): Promise<FollowUpTaskResponse> {
    return this.followUp.reportPayment(user, id, body, receipt);
  }

  @Get('follow-up-payments/:id/receipt')
  @ApiFileResult()
  async receipt(@CurrentUser() user: AuthUser, @PaymentId() id: string): Promise<StreamableFile> {
    const { name, mime, content } = await this.followUp.receipt(user, id);
    return new StreamableFile(content, { type: mime, length: content.length, disposition: contentDisposition(name) });
  }

  @Get('cases/:id/satisfaction')
  @ApiResult('MySatisfaction')
  mine(@CurrentUser() user: AuthUser, @CaseId() caseId: string): Promise<MySatisfaction> {
    return this.followUp.mySatisfaction(user, caseId);
  }

  @Post('cases/:id/satisfaction')
  @HttpCode(201)
  @ApiResult('MySatisfaction')
  rate(@CurrentUser() user: AuthUser, @CaseId() caseId: string, @Body() body: RateDto): Promise<MySatisfaction> {
    return this.followUp.rate(user, caseId, body);
  }
}
