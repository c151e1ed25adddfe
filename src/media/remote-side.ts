// How a room reaches the other node holding part of it. Only the interface lives here: src/media never imports
// src/cluster, which implements it over a WebSocket between media nodes (src/cluster/media-pipe-channel.ts).

/**
 * A two-way request channel to one other node, for one split room. Both ends call and answer the same way: a call
 * gets the handler's answer, or its MediaError (same code) / Error thrown on the caller's side; `notify` expects none.
 */
export interface PipeChannel {
  readonly closed: boolean;
  call<T = unknown>(op: string, data: unknown): Promise<T>;
  notify(op: string, data: unknown): void;
  /** Answers the other end's calls and notifications of `op`. */
  handle(op: string, handler: (data: never) => unknown): void;
  /** Once, when the channel is gone (closed here, by the other end, or the other node died). */
  onClose(listener: () => void): void;
  close(): void;
}

/** Finds another media node for a room that grew too large for one: null when there is none (one node, no Redis). */
export interface RemoteRouters {
  open(roomId: string): Promise<PipeChannel | null>;
}

/** Where the two ends of a pipe meet: one PipeTransport each (SRTP, RTX), told each other's address. */
export interface PipeEndpoint {
  ip: string;
  port: number;
  srtpParameters: { cryptoSuite: string; keyBase64: string };
}

/** Provided by the cluster layer when it can find other nodes; the media module asks it once, with its settings. */
export const REMOTE_ROUTERS = Symbol('REMOTE_ROUTERS');
export type RemoteRoutersFactory = (config: { splitPeers: number; pipeSecret: string | undefined }) => RemoteRouters | undefined;
