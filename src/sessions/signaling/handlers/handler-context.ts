import { DomainError } from '../../../common/errors/domain-error';
import type { SessionAccessService } from '../../session-access.service';
import type { SessionLogService } from '../../session-log.service';
import type { SessionsService } from '../../sessions.service';
import type { LiveSession } from '../live-session';
import type { LiveSessions } from '../live-sessions.service';
import type { Participant } from '../participant';
import type { RequestMethod, ResponseData } from '../protocol';
import type { SignalingConnection } from '../signaling-connection';

/** What handlers may use; plain objects in unit tests. */
export interface SignalingDeps {
  access: Pick<SessionAccessService, 'requireParticipant'>;
  sessions: Pick<SessionsService, 'markLive' | 'end' | 'uninviteGuest'>;
  log: Pick<SessionLogService, 'isAdmitted' | 'isMuted' | 'storeChat' | 'requireOpen'>;
  live: Pick<LiveSessions, 'obtain' | 'of'>;
}

export interface HandlerContext {
  conn: SignalingConnection;
  deps: SignalingDeps;
  /** Aborted when the request times out or its socket closes: the handler stops and undoes what it started. */
  signal: AbortSignal;
}

/** A request handler gets validated data (see request-dtos.ts) and answers the method's result. */
export type Handler<M extends RequestMethod> = (ctx: HandlerContext, data: never) => Promise<ResponseData<M>>;

export interface InSession {
  live: LiveSession;
  participant: Participant;
}

/** The socket has joined a session (waiting or in the room). */
export function requireJoined(ctx: HandlerContext): InSession {
  const found = ctx.deps.live.of(ctx.conn);
  if (!found) throw new DomainError('SIGNAL_NOT_JOINED');
  return found;
}

/** In the room: admitted, not in the waiting room. */
export function requireAdmitted(ctx: HandlerContext): InSession {
  const found = requireJoined(ctx);
  if (!found.participant.inRoom) throw new DomainError('SIGNAL_WAITING');
  return found;
}

/** The session's host (the assigned mediator), in the room. */
export function requireHost(ctx: HandlerContext): InSession {
  const found = requireAdmitted(ctx);
  if (found.participant.who.role !== 'host') throw new DomainError('SESSION_HOST_ONLY');
  return found;
}
