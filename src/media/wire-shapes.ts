// The media layer speaks to the sessions layer in the protocol's JSON shapes (src/sessions/signaling/protocol.ts),
// never in mediasoup's own types. This file is the one border between the two.
import type * as Wire from '../sessions/signaling/protocol';
import type { types } from './mediasoup';

/**
 * What a client sent, handed to mediasoup. The protocol's shapes are looser than mediasoup's literal types (a header
 * extension `uri` is any string there): mediasoup checks what it is given and throws TypeError on nonsense, which the
 * sessions layer answers with MEDIA_REQUEST_INVALID.
 */
export const fromWire = {
  rtpCapabilities: (value: Wire.RtpCapabilities) => value as types.RtpCapabilities,
  rtpParameters: (value: Wire.RtpParameters) => value as types.RtpParameters,
  dtlsParameters: (value: Wire.DtlsParameters) => value as types.DtlsParameters,
};

// Compile-time checks: whatever mediasoup hands us to send fits the protocol's shapes, with no cast.
type Fits<From, To> = [From] extends [To] ? true : false;
type Checks = [
  Fits<types.RouterRtpCapabilities, Wire.RtpCapabilities>,
  Fits<types.RtpCapabilities, Wire.RtpCapabilities>,
  Fits<types.RtpParameters, Wire.RtpParameters>,
  Fits<types.IceParameters, Wire.IceParameters>,
  Fits<types.IceCandidate, Wire.IceCandidate>,
  Fits<types.DtlsParameters, Wire.DtlsParameters>,
  Fits<types.SctpParameters, Wire.SctpParameters>,
];
export const MEDIASOUP_FITS_THE_PROTOCOL: Checks = [true, true, true, true, true, true, true];
