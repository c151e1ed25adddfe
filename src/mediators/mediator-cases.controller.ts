import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { ReasonDto } from '../cases/dto/case-action.dto';
import { UuidParam } from '../common/http/uuid-param';
import { ApiResult } from '../openapi/api-result';
import { CourtGuidanceService } from './court-guidance.service';
import {
  AnswerExtensionDto, DecideReplacementDto, GuidanceMessageDto, ProposeMediatorDto, RankingQuery, RequestExtensionDto,
} from './dto/mediator.dto';
import { MediationClockService } from './mediation-clock.service';
import { MediatorChoiceService } from './mediator-choice.service';
import { MediatorRankingService } from './mediator-ranking.service';

const CaseId = () => UuidParam('id', 'CASE_NOT_FOUND');

/** A case's mediator: the explained ranking, the parties' choice, 回避, the mediation clock, court guidance. */
@ApiTags('mediators')
@ApiBearerAuth()
@Controller('cases')
export class MediatorCasesController {
  constructor(
    private readonly ranking: MediatorRankingService,
    private readonly choice: MediatorChoiceService,
    private readonly clocks: MediationClockService,
    private readonly guidance: CourtGuidanceService,
  ) {}

  @ApiResult('MediatorRanking')
  @Get(':id/mediator-ranking')
  rank(@CurrentUser() user: AuthUser, @CaseId() id: string, @Query() query: RankingQuery) {
    const languages = (query.languages ?? '普通话').split(',').map((l) => l.trim()).filter(Boolean).slice(0, 5);
    return this.ranking.rankForCase(user, id, languages);
  }

  @ApiResult('MediatorChoice')
  @Get(':id/mediator-choice')
  getChoice(@CurrentUser() user: AuthUser, @CaseId() id: string) {
    return this.choice.get(user, id);
  }

  /** A side proposes a mediator; the other side agrees by proposing the same one. */
  @ApiResult('MediatorChoice')
  @Post(':id/mediator-proposals')
  @HttpCode(200)
  propose(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() body: ProposeMediatorDto) {
    return this.choice.propose(user, id, body.mediatorId);
  }

  @ApiResult('MediatorChoice')
  @Post(':id/mediator-offer/accept')
  @HttpCode(200)
  acceptOffer(@CurrentUser() user: AuthUser, @CaseId() id: string) {
    return this.choice.acceptOffer(user, id);
  }

  @ApiResult('MediatorChoice')
  @Post(':id/mediator-offer/decline')
  @HttpCode(200)
  declineOffer(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() body: ReasonDto) {
    return this.choice.declineOffer(user, id, body.reason);
  }

  /** 回避: ask for the mediator to be replaced, with a reason, at any stage before the outcome. */
  @ApiResult('MediatorChoice')
  @Post(':id/mediator-replacements')
  requestReplacement(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() body: ReasonDto) {
    return this.choice.requestReplacement(user, id, body.reason);
  }

  @ApiResult('MediatorChoice')
  @Post(':id/mediator-replacements/:replacementId/decision')
  @HttpCode(200)
  decideReplacement(
    @CurrentUser() user: AuthUser, @CaseId() id: string,
    @UuidParam('replacementId', 'MEDIATOR_REPLACEMENT_NOT_FOUND') replacementId: string, @Body() body: DecideReplacementDto,
  ) {
    return this.choice.decideReplacement(user, id, replacementId, body.grant, body.note ?? null);
  }

  @ApiResult('MediationClock')
  @Get(':id/mediation-clock')
  clock(@CurrentUser() user: AuthUser, @CaseId() id: string) {
    return this.clocks.get(user, id);
  }

  @ApiResult('MediationClock')
  @Post(':id/mediation-extensions')
  requestExtension(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() body: RequestExtensionDto) {
    return this.clocks.requestExtension(user, id, body.days, body.reason);
  }

  @ApiResult('MediationClock')
  @Post(':id/mediation-extensions/:extensionId/answer')
  @HttpCode(200)
  answerExtension(
    @CurrentUser() user: AuthUser, @CaseId() id: string,
    @UuidParam('extensionId', 'EXTENSION_NOT_FOUND') extensionId: string, @Body() body: AnswerExtensionDto,
  ) {
    return this.clocks.answerExtension(user, id, extensionId, body.agree);
  }

  @ApiResult('CourtGuidanceThread')
  @Get(':id/court-guidance')
  guidanceThread(@CurrentUser() user: AuthUser, @CaseId() id: string) {
    return this.guidance.thread(user, id);
  }

  /** The mediator asks the court; the guiding court answers (法官指导调解). */
  @ApiResult('CourtGuidanceThread')
  @Post(':id/court-guidance')
  postGuidance(@CurrentUser() user: AuthUser, @CaseId() id: string, @Body() body: GuidanceMessageDto) {
    return this.guidance.post(user, id, body.body);
  }
}
