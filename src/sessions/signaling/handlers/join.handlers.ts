import { needsAdmission } from '../../session-roles';
import type { JoinResult, RequestData } from '../protocol';
import { HandlerContext, requireJoined } from './handler-context';

/** Enter a session: its room if admitted (or host/guide), else its waiting room. */
export async function join(ctx: HandlerContext, data: RequestData<'join'>): Promise<JoinResult> {
  const { conn, deps } = ctx;
  const access = await deps.access.requireParticipant(conn.user, data.sessionId);
  const current = deps.live.of(conn);
  // One session per socket: joining another leaves the first.
  if (current && current.live.id !== data.sessionId) current.live.leave(current.participant, true);
  const { role, side } = access.participation;
  const admitted = !needsAdmission(role) || (await deps.log.isAdmitted(data.sessionId, conn.user.id));
  if (role === 'host' && access.session.status === 'scheduled') await deps.sessions.markLive(data.sessionId);
  const live = deps.live.obtain({
    id: access.session.id, caseId: access.caseRow.id, caseNumber: access.caseRow.caseNumber, status: access.session.status,
  });
  if (role === 'host') live.info.status = 'live';
  const result = await live.enter(conn, { userId: conn.user.id, name: conn.user.name, role, side }, admitted);
  const participant = live.participants.get(conn.user.id);
  if (participant && data.rtpCapabilities) participant.rtpCapabilities = data.rtpCapabilities;
  return result;
}

export async function leave(ctx: HandlerContext): Promise<Record<string, never>> {
  const { live, participant } = requireJoined(ctx);
  live.leave(participant, true);
  return {};
}
