import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CaseAudienceFacts } from './live-audience';

@Injectable()
export class LiveRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The facts that decide who may read a case, in one round trip; null when the case is gone. */
  async caseAudience(caseId: string): Promise<CaseAudienceFacts | null> {
    const rows: { facts: CaseAudienceFacts | null }[] = await this.dataSource.query(
      `SELECT json_build_object(
                'applicantUserId', c.applicant_user_id, 'committeeId', c.committee_id,
                'mediatorId', c.mediator_id, 'courtId', c.court_id, 'offeredMediatorId', c.offered_mediator_id,
                'guidanceCourtIds', COALESCE((SELECT json_agg(DISTINCT g.court_id) FROM court_guidance_messages g
                                               WHERE g.case_id = c.id), '[]'::json),
                'parties', COALESCE((SELECT json_agg(json_build_object('userId', p.user_id, 'side', p.side))
                                       FROM case_parties p WHERE p.case_id = c.id AND p.user_id IS NOT NULL), '[]'::json),
                'agencies', COALESCE((SELECT json_agg(json_build_object('userId', u.id, 'side', ap.side, 'special', a.authority = 'special'))
                                        FROM case_agents a JOIN case_parties ap ON ap.id = a.party_id JOIN users u ON u.phone = a.phone
                                       WHERE a.case_id = c.id AND a.status = 'approved'), '[]'::json)
              ) AS facts
         FROM cases c WHERE c.id = $1`,
      [caseId],
    );
    return rows[0]?.facts ?? null;
  }
}
