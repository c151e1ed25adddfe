import { Body, Controller, Get, HttpCode, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { contentDisposition } from '../evidence/evidence-files';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Public } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { amountInWords } from '../common/money/amount-in-words';
import { DomainError } from '../common/errors/domain-error';
import {
  AmountInWordsQuery, CourtFeeQuery, GuidancePreviewDto, ProvisionsQuery, GuidanceReferralDto, SimilarCasesQuery, SummaryConsentDto,
} from './dto/guidance-query.dto';
import { GuidanceService } from './guidance.service';
import { ReferralBody } from './paths/resolution-paths';
import { ProvisionsService } from './provisions/provisions.service';
import { SimilarCasesService } from './search/similar-cases.service';
import { ApiFileResult, ApiResult, ApiResultList } from '../openapi/api-result';

@ApiTags('guidance')
@Controller()
export class GuidanceController {
  constructor(
    private readonly guidance: GuidanceService,
    private readonly similar: SimilarCasesService,
    private readonly provisions: ProvisionsService,
  ) {}

  /** 诉讼费计算器: the court fee if the dispute went to court instead (诉讼费用交纳办法 arts. 13, 15, 16). */
  @ApiResult('CourtFeeResponse')
  @Public()
  @Get('guidance/court-fee')
  courtFee(@Query() query: CourtFeeQuery) {
    return this.guidance.courtFee(query.claimAmountFen, query.category);
  }

  /** 大写金额: 30000000 → 人民币叁拾万元整. */
  @ApiResult('AmountInWordsResponse')
  @Public()
  @Get('guidance/amount-in-words')
  amountInWords(@Query() query: AmountInWordsQuery) {
    return { text: amountInWords(query.fen) };
  }

  @ApiResult('CaseGuidanceResponse')
  @ApiBearerAuth()
  @Get('cases/:id/guidance')
  forCase(@CurrentUser() user: AuthUser, @UuidParam('id', 'CASE_NOT_FOUND') id: string) {
    return this.guidance.forCase(user, id);
  }

  @ApiResult('CaseGuidanceResponse')
  @ApiBearerAuth()
  @Post('guidance/preview')
  @HttpCode(200)
  preview(@Body() body: GuidancePreviewDto) {
    return this.guidance.preview(body);
  }

  @ApiResultList('ReferralResponse')
  @ApiBearerAuth()
  @Post('cases/:id/referrals')
  refer(@CurrentUser() user: AuthUser, @UuidParam('id', 'CASE_NOT_FOUND') id: string, @Body() body: GuidanceReferralDto) {
    return this.guidance.refer(user, id, body.body as ReferralBody, body.note ?? null);
  }

  /** The guidance report as a PDF (纠纷化解指引报告), for those who may read the case's guidance. */
  @ApiFileResult()
  @ApiBearerAuth()
  @Get('cases/:id/guidance/pdf')
  async reportPdf(@CurrentUser() user: AuthUser, @UuidParam('id', 'CASE_NOT_FOUND') id: string) {
    const { fileName, content } = await this.guidance.reportPdf(user, id);
    return new StreamableFile(content, { type: 'application/pdf', length: content.length, disposition: contentDisposition(fileName) });
  }

  @ApiResult('SummaryConsentSaved')
  @ApiBearerAuth()
  @Put('cases/:id/parties/:partyId/summary-consent')
  summaryConsent(
    @CurrentUser() user: AuthUser, @UuidParam('id', 'CASE_NOT_FOUND') id: string, @UuidParam('partyId', 'PARTY_NOT_FOUND') partyId: string,
    @Body() body: SummaryConsentDto,
  ) {
    return this.guidance.saveSummaryConsent(user, id, partyId, body.consent);
  }

  /** 类案检索 over anonymised closed cases and imported public summaries. */
  @ApiResult('SimilarCasesResponse')
  @ApiBearerAuth()
  @Get('guidance/similar-cases')
  similarCases(@Query() query: SimilarCasesQuery) {
    if (query.minFen !== undefined && query.maxFen !== undefined && query.minFen > query.maxFen) throw new DomainError('AMOUNT_BAND_INVALID');
    return this.similar.search(query.q, {
      category: query.category, minFen: query.minFen, maxFen: query.maxFen, from: query.from, to: query.to,
    }, query.limit);
  }

  @ApiResultList('ProvisionResponse')
  @ApiBearerAuth()
  @Get('guidance/provisions')
  searchProvisions(@Query() query: ProvisionsQuery) {
    return this.provisions.search(query);
  }
}
