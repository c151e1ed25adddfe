import type { RequestData, ResponseData } from '../protocol';
import { HandlerContext, requireHost } from './handler-context';

type Empty = Record<string, never>;

// What only the host (主持调解员) may do. requireHost refuses everyone else with SESSION_HOST_ONLY.

export async function admit(ctx: HandlerContext, data: RequestData<'admit'>): Promise<Empty> {
  const { live, participant } = requireHost(ctx);
  await live.admit(participant, data.peerId);
  return {};
}

/** A party goes back to the waiting room on their next join; a guide is un-invited, so stays out until invited again. */
export async function remove(ctx: HandlerContext, data: RequestData<'remove'>): Promise<Empty> {
  const { live, participant } = requireHost(ctx);
  const target = live.participants.get(data.peerId);
  if (target?.who.role === 'guide') await ctx.deps.sessions.uninviteGuest(ctx.conn.user, live.id, data.peerId, data.reason ?? null);
  else await live.remove(participant, data.peerId, data.reason ?? null);
  return {};
}

export async function mute(ctx: HandlerContext, data: RequestData<'mute'>): Promise<Empty> {
  const { live, participant } = requireHost(ctx);
  await live.mute(participant, data.peerId);
  return {};
}

export async function unmute(ctx: HandlerContext, data: RequestData<'unmute'>): Promise<Empty> {
  const { live, participant } = requireHost(ctx);
  await live.unmute(participant, data.peerId);
  return {};
}

export async function startCaucus(ctx: HandlerContext, data: RequestData<'startCaucus'>): Promise<ResponseData<'startCaucus'>> {
  const { live, participant } = requireHost(ctx);
  await live.startCaucus(participant, data.peerIds);
  return { caucus: live.caucus.state() };
}

export async function endCaucus(ctx: HandlerContext): Promise<Empty> {
  const { live, participant } = requireHost(ctx);
  await live.endCaucus(participant);
  return {};
}

/** Ends the session in the database; everyone in the room is then told and disconnected. */
export async function endSession(ctx: HandlerContext): Promise<Empty> {
  const { live } = requireHost(ctx);
  await ctx.deps.sessions.end(ctx.conn.user, live.id);
  return {};
}
