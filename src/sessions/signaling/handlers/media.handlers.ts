import { DomainError } from '../../../common/errors/domain-error';
import type { RequestData, ResponseData, TransportParams } from '../protocol';
import { HandlerContext, requireAdmitted } from './handler-context';

type Empty = Record<string, never>;

/** The media room and the caller's peer id, for a caller in the room. */
function media(ctx: HandlerContext) {
  const { live, participant } = requireAdmitted(ctx);
  return { room: live.media(participant), peerId: participant.peerId, participant };
}

export async function createTransport(ctx: HandlerContext, data: RequestData<'createTransport'>): Promise<TransportParams> {
  const { room, peerId } = media(ctx);
  return room.createTransport(peerId, data.direction, data.sctp ?? false);
}

export async function connectTransport(ctx: HandlerContext, data: RequestData<'connectTransport'>): Promise<Empty> {
  const { room, peerId } = media(ctx);
  await room.connectTransport(peerId, data.transportId, data.dtlsParameters);
  return {};
}

export async function restartIce(ctx: HandlerContext, data: RequestData<'restartIce'>): Promise<ResponseData<'restartIce'>> {
  const { room, peerId } = media(ctx);
  return { iceParameters: await room.restartIce(peerId, data.transportId) };
}

export async function ready(ctx: HandlerContext, data: RequestData<'ready'>): Promise<Empty> {
  const { room, peerId, participant } = media(ctx);
  const rtpCapabilities = data.rtpCapabilities ?? participant.rtpCapabilities;
  if (!rtpCapabilities) throw new DomainError('SIGNAL_CAPABILITIES_REQUIRED');
  await room.setReady(peerId, rtpCapabilities);
  return {};
}

export async function produce(ctx: HandlerContext, data: RequestData<'produce'>): Promise<ResponseData<'produce'>> {
  const { room, peerId } = media(ctx);
  const producerId = await room.produce(peerId, data);
  return { producerId };
}

export async function pauseProducer(ctx: HandlerContext, data: RequestData<'pauseProducer'>): Promise<Empty> {
  const { room, peerId } = media(ctx);
  await room.pauseProducer(peerId, data.producerId);
  return {};
}

export async function resumeProducer(ctx: HandlerContext, data: RequestData<'resumeProducer'>): Promise<Empty> {
  const { room, peerId } = media(ctx);
  await room.resumeProducer(peerId, data.producerId);
  return {};
}

export async function closeProducer(ctx: HandlerContext, data: RequestData<'closeProducer'>): Promise<Empty> {
  const { room, peerId } = media(ctx);
  await room.closeProducer(peerId, data.producerId);
  return {};
}

export async function resumeConsumer(ctx: HandlerContext, data: RequestData<'resumeConsumer'>): Promise<Empty> {
  const { room, peerId } = media(ctx);
  await room.resumeConsumer(peerId, data.consumerId);
  return {};
}

export async function pauseConsumer(ctx: HandlerContext, data: RequestData<'pauseConsumer'>): Promise<Empty> {
  const { room, peerId } = media(ctx);
  await room.pauseConsumer(peerId, data.consumerId);
  return {};
}

export async function setPreferredLayers(ctx: HandlerContext, data: RequestData<'setPreferredLayers'>): Promise<Empty> {
  const { room, peerId } = media(ctx);
  await room.setPreferredLayers(peerId, data.consumerId, data.spatialLayer, data.temporalLayer);
  return {};
}
