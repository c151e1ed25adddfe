import { DomainError } from '../../../common/errors/domain-error';
import type { ChatMessage, RequestData, ResponseData } from '../protocol';
import { HandlerContext, requireAdmitted } from './handler-context';

/** Stores a chat message with the case and shows it to those who may see it (a caucus keeps its side's chat). */
export async function chat(ctx: HandlerContext, data: RequestData<'chat'>): Promise<ResponseData<'chat'>> {
  const { live, participant } = requireAdmitted(ctx);
  const text = data.text.trim();
  if (!text) throw new DomainError('CHAT_EMPTY');
  // The case may have been closed since the room opened: nothing more is said in a closed case's session.
  await ctx.deps.log.requireOpen(live.id);
  ctx.signal.throwIfAborted();
  const audience = live.audienceOf(participant);
  const stored = await ctx.deps.log.storeChat({
    sessionId: live.id, caseId: live.info.caseId, authorId: participant.peerId, body: text,
    visibleTo: live.caucus.active ? audience.map((p) => p.peerId) : null,
  });
  const message: ChatMessage = {
    id: stored.id, peerId: participant.peerId, name: participant.who.name, text, at: new Date(stored.createdAt).toISOString(),
  };
  for (const p of audience) if (p !== participant) p.connection?.notify('chat', { message });
  return { message };
}

/** A participant muted by the host asks to speak again; the host decides (unmute). */
export async function requestUnmute(ctx: HandlerContext): Promise<Record<string, never>> {
  const { live, participant } = requireAdmitted(ctx);
  if (!participant.mutedByHost) throw new DomainError('SIGNAL_NOT_MUTED');
  live.requestUnmute(participant);
  return {};
}

export async function raiseHand(ctx: HandlerContext, data: RequestData<'raiseHand'>): Promise<Record<string, never>> {
  const { live, participant } = requireAdmitted(ctx);
  live.raiseHand(participant, data.raised);
  return {};
}
