import { needsAdmission } from '../../session-roles';
import type { JoinResult, RequestData } from '../protocol';
import { HandlerContext, requireJoined } from './handler-context';

/**
 * Enter a session: its room if admitted (or host/guide), else its waiting room. If the socket closes or the request
 * times out on the way (ctx.signal), nothing is left behind: the entry is rolled back.
 */
export async function join(ctx: HandlerContext, data: RequestData<'join'>): Promise<JoinResult> {
  const { conn, deps, signal } = ctx;
  const access = await deps.access.requireParticipant(conn.user, data.sessionId);
  signal.throwIfAborted();
  const current = deps.live.of(conn);
  // One session per socket: joining another leaves the first.
  if (current && current.live.id !== data.sessionId) current.live.leave(current.participant, true);
  const { role, side } = access.participation;
  const [admitted, mutedByHost] = await Promise.all([
    !needsAdmission(role) || deps.log.isAdmitted(data.sessionId, conn.user.id),
    deps.log.isMuted(data.sessionId, conn.user.id),
  ]);
  signal.throwIfAborted();
  if (role === 'host' && access.session.status === 'scheduled') await deps.sessions.markLive(data.sessionId);
  signal.throwIfAborted();
  const live = deps.live.obtain({
    id: access.session.id, caseId: access.caseRow.id, caseNumber: access.caseRow.caseNumber, status: access.session.status,
  });
  if (role === 'host') live.info.status = 'live';
  const who = { userId: conn.user.id, name: conn.user.name, role, side };
  const result = await live.enter(conn, who, { admitted, mutedByHost }, signal);
  const participant = live.participants.get(conn.user.id);
  if (participant && data.rtpCapabilities) participant.rtpCapabilities = data.rtpCapabilities;
  return result;
}

export async function leave(ctx: HandlerContext): Promise<Record<string, never>> {
  const { live, participant } = requireJoined(ctx);
  live.leave(participant, true);
  return {};
}
