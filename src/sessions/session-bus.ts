import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';

export interface SessionBusEvents {
  /** The session was ended (by REST or by the host's socket); the live room closes and everyone is told. */
  ended: [sessionId: string, endedBy: { id: string; name: string }];
  /** A new version of the record (调解笔录) was committed; the room tells everyone in it. */
  recordSaved: [sessionId: string, version: number];
  /** A guide was un-invited (REST, or removed from the room by the host): the live room drops them. */
  guestRemoved: [sessionId: string, userId: string, reason: string | null];
}

/** Typed events between the REST side of sessions and the live rooms, so neither depends on the other. */
@Injectable()
export class SessionBus extends EventEmitter<SessionBusEvents> {}
