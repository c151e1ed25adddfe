import { Body, Controller, Get, HttpCode, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { contentDisposition } from '../evidence/evidence-files';
import { ApiFileResult, ApiResult, ApiResultList } from '../openapi/api-result';
import { ConfirmationsService } from './confirmations.service';
import { CourtAdminService } from './court-admin.service';
import { CourtDeskService } from './court-desk.service';
import { CourtFilingsService } from './court-filings.service';
import {
  AcceptDto, ApplyConfirmationDto, CosignDto, CourtTitleDto, DecideDto, EnforcementDto, ExtendDto, NumberingDto, QuestionDto, ReferringCourtDto, RefuseDto, ReturnItemDto, SubjectLocationQuery,
} from './dto/confirmation.dto';

const Id = () => UuidParam('id', 'CONFIRMATION_NOT_FOUND');
const AgreementId = () => UuidParam('id', 'AGREEMENT_NOT_FOUND');
const pdf = ({ fileName, content }: { fileName: string; content: Buffer }) =>
  new StreamableFile(content, { type: 'application/pdf', length: content.length, disposition: contentDisposition(fileName) });

/** The parties' side of the court's desk: apply, co-sign, withdraw, read, answer the judge; litigation; enforcement. */
@ApiTags('court')
@ApiBearerAuth()
@Controller()
export class ConfirmationController {
  constructor(private readonly confirmations: ConfirmationsService, private readonly desk: CourtDeskService, private readonly filings: CourtFilingsService) {}

  @Get('agreements/:id/eligible-courts')
  @ApiResultList('EligibleCourt')
  eligibleCourts(@CurrentUser() user: AuthUser, @AgreementId() id: string, @Query() query: SubjectLocationQuery) {
    return this.confirmations.eligibleCourts(user, id, query.subjectLocation);
  }

  @Get('agreements/:id/confirmation')
  @ApiResult('ConfirmationStatusResponse')
  status(@CurrentUser() user: AuthUser, @AgreementId() id: string) {
    return this.confirmations.status(user, id);
  }

  @Post('agreements/:id/confirmation')
  @ApiResult('ConfirmationResponse')
  apply(@CurrentUser() user: AuthUser, @AgreementId() id: string, @Body() body: ApplyConfirmationDto) {
    return this.confirmations.apply(user, id, body);
  }

  @Post('confirmations/:id/cosign/code')
  @HttpCode(200)
  @ApiResult('CosignCodeSent')
  cosignCode(@CurrentUser() user: AuthUser, @Id() id: string) {
    return this.confirmations.sendCosignCode(user, id);
  }

  @Post('confirmations/:id/cosign')
  @HttpCode(200)
  @ApiResult('ConfirmationResponse')
  cosign(@CurrentUser() user: AuthUser, @Id() id: string, @Body() body: CosignDto) {
    return this.confirmations.cosign(user, id, body);
  }

  @Post('confirmations/:id/withdraw')
  @HttpCode(200)
  @ApiResult('ConfirmationResponse')
  withdraw(@CurrentUser() user: AuthUser, @Id() id: string) {
    return this.confirmations.withdraw(user, id);
  }

  @Get('confirmations/:id')
  @ApiResult('ConfirmationResponse')
  get(@CurrentUser() user: AuthUser, @Id() id: string) {
    return this.confirmations.get(user, id);
  }

  @Get('confirmations/:id/application.pdf')
  @ApiFileResult()
  async applicationPdf(@CurrentUser() user: AuthUser, @Id() id: string) {
    return pdf(await this.confirmations.applicationPdf(user, id));
  }

  @Get('confirmations/:id/ruling.pdf')
  @ApiFileResult()
  async rulingPdf(@CurrentUser() user: AuthUser, @Id() id: string) {
    return pdf(await this.desk.rulingPdf(user, id));
  }

  @Post('confirmations/:id/answers')
  @ApiResult('ConfirmationResponse')
  answer(@CurrentUser() user: AuthUser, @Id() id: string, @Body() body: QuestionDto) {
    return this.desk.answer(user, id, body.body);
  }

  @Post('cases/:id/litigation-handoff')
  @ApiResult('ConfirmationResponse')
  handOff(@CurrentUser() user: AuthUser, @UuidParam('id', 'CASE_NOT_FOUND') caseId: string) {
    return this.filings.handOff(user, caseId);
  }

  @Post('agreements/:id/enforcement')
  @ApiResult('ConfirmationResponse')
  enforcement(@CurrentUser() user: AuthUser, @AgreementId() id: string, @Body() body: EnforcementDto) {
    return this.filings.applyEnforcement(user, id, body);
  }
}

/** The court's side: its queue and the acts of its judges, clerks and president. */
@ApiTags('court')
@ApiBearerAuth()
@Roles('court_staff')
@Controller()
export class CourtDeskController {
  constructor(private readonly desk: CourtDeskService) {}

  @Get('court/queue')
  @ApiResult('CourtQueueResponse')
  queue(@CurrentUser() user: AuthUser) {
    return this.desk.queue(user);
  }

  @Post('confirmations/:id/accept')
  @HttpCode(200)
  @ApiResult('ConfirmationResponse')
  accept(@CurrentUser() user: AuthUser, @Id() id: string, @Body() body: AcceptDto) {
    return this.desk.accept(user, id, body);
  }

  @Post('confirmations/:id/refuse')
  @HttpCode(200)
  @ApiResult('ConfirmationResponse')
  refuse(@CurrentUser() user: AuthUser, @Id() id: string, @Body() body: RefuseDto) {
    return this.desk.refuse(user, id, body);
  }

  @Post('confirmations/:id/extend')
  @HttpCode(200)
  @ApiResult('ConfirmationResponse')
  extend(@CurrentUser() user: AuthUser, @Id() id: string, @Body() body: ExtendDto) {
    return this.desk.extend(user, id, body);
  }

  @Post('confirmations/:id/decide')
  @HttpCode(200)
  @ApiResult('ConfirmationResponse')
  decide(@CurrentUser() user: AuthUser, @Id() id: string, @Body() body: DecideDto) {
    return this.desk.decide(user, id, body);
  }

  @Post('confirmations/:id/questions')
  @ApiResult('ConfirmationResponse')
  ask(@CurrentUser() user: AuthUser, @Id() id: string, @Body() body: QuestionDto) {
    return this.desk.ask(user, id, body.body);
  }

  @Post('confirmations/:id/hearing')
  @ApiResult('HearingOpened')
  hearing(@CurrentUser() user: AuthUser, @Id() id: string) {
    return this.desk.openHearing(user, id);
  }

  @Post('court/items/:id/register')
  @HttpCode(200)
  @ApiResult('ConfirmationResponse')
  register(@CurrentUser() user: AuthUser, @Id() id: string) {
    return this.desk.register(user, id);
  }

  @Post('court/items/:id/return')
  @HttpCode(200)
  @ApiResult('ConfirmationResponse')
  returnItem(@CurrentUser() user: AuthUser, @Id() id: string, @Body() body: ReturnItemDto) {
    return this.desk.returnItem(user, id, body.text);
  }
}

/** Admin settings of the court's desk: a court's numbering, a staff member's title. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin')
export class CourtAdminController {
  constructor(private readonly admin: CourtAdminService) {}

  @Put('courts/:id/numbering')
  @ApiResult('PartyDetailsSaved')
  numbering(@CurrentUser() user: AuthUser, @UuidParam('id', 'COURT_NOT_FOUND') id: string, @Body() body: NumberingDto) {
    return this.admin.setNumbering(user, id, body.numbering);
  }

  @Put('cases/:id/referring-court')
  @ApiResult('PartyDetailsSaved')
  referringCourt(@CurrentUser() user: AuthUser, @UuidParam('id', 'CASE_NOT_FOUND') id: string, @Body() body: ReferringCourtDto) {
    return this.admin.setReferringCourt(user, id, body.courtId ?? null);
  }

  @Put('court-staff/:id/title')
  @ApiResult('PartyDetailsSaved')
  title(@CurrentUser() user: AuthUser, @UuidParam('id', 'COURT_STAFF_NOT_FOUND') id: string, @Body() body: CourtTitleDto) {
    return this.admin.setTitle(user, id, body.title);
  }
}
