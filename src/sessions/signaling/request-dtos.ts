import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString,
  IsUUID, Max, MaxLength, Min,
} from 'class-validator';
import type { DtlsParameters, RequestMethod, RtpCapabilities, RtpParameters } from './protocol';

// One class per request's `data`, checked before any handler runs. Deep mediasoup shapes (rtpParameters …) are
// checked here as objects and then by mediasoup itself, whose complaints become MEDIA_REQUEST_INVALID.

export class EmptyData {}

export class AuthenticateData {
  @IsString() @IsNotEmpty() @MaxLength(4096) token: string;
}

export class JoinData {
  @IsUUID() sessionId: string;
  @IsOptional() @IsObject() rtpCapabilities?: RtpCapabilities;
}

export class CreateTransportData {
  @IsIn(['send', 'recv']) direction: 'send' | 'recv';
  @IsOptional() @IsBoolean() sctp?: boolean;
}

export class ConnectTransportData {
  @IsUUID() transportId: string;
  @IsObject() dtlsParameters: DtlsParameters;
}

export class TransportIdData {
  @IsUUID() transportId: string;
}

export class ReadyData {
  @IsOptional() @IsObject() rtpCapabilities?: RtpCapabilities;
}

export class ProduceData {
  @IsUUID() transportId: string;
  @IsIn(['audio', 'video']) kind: 'audio' | 'video';
  @IsObject() rtpParameters: RtpParameters;
  @IsIn(['mic', 'cam']) source: 'mic' | 'cam';
  @IsOptional() @IsBoolean() paused?: boolean;
}

export class ProducerIdData {
  @IsUUID() producerId: string;
}

export class ConsumerIdData {
  @IsUUID() consumerId: string;
}

export class PreferredLayersData {
  @IsUUID() consumerId: string;
  @IsInt() @Min(0) @Max(3) spatialLayer: number;
  @IsOptional() @IsInt() @Min(0) @Max(3) temporalLayer?: number;
}

export class PeerIdData {
  @IsUUID() peerId: string;
}

export class RemoveData {
  @IsUUID() peerId: string;
  @IsOptional() @IsString() @MaxLength(200) reason?: string;
}

export class StartCaucusData {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ArrayUnique() @IsUUID(undefined, { each: true }) peerIds: string[];
}

export class ChatData {
  @IsString() @IsNotEmpty() @MaxLength(2000) text: string;
}

export class RaiseHandData {
  @IsBoolean() raised: boolean;
}

/** The shape of each method's data. */
export const REQUEST_DATA: Record<RequestMethod, new () => object> = {
  authenticate: AuthenticateData,
  join: JoinData,
  createTransport: CreateTransportData,
  connectTransport: ConnectTransportData,
  restartIce: TransportIdData,
  ready: ReadyData,
  produce: ProduceData,
  pauseProducer: ProducerIdData,
  resumeProducer: ProducerIdData,
  closeProducer: ProducerIdData,
  resumeConsumer: ConsumerIdData,
  pauseConsumer: ConsumerIdData,
  setPreferredLayers: PreferredLayersData,
  admit: PeerIdData,
  remove: RemoveData,
  mute: PeerIdData,
  unmute: PeerIdData,
  requestUnmute: EmptyData,
  startCaucus: StartCaucusData,
  endCaucus: EmptyData,
  chat: ChatData,
  raiseHand: RaiseHandData,
  endSession: EmptyData,
  leave: EmptyData,
};
