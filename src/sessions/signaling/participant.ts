import type { ParticipantRole, PartySide } from '../session-roles';
import type { PeerInfo, ProducerInfo, RtpCapabilities, WaitingPeer } from './protocol';
import type { SignalingConnection } from './signaling-connection';

export type ParticipantState = 'waiting' | 'in_room' | 'reconnecting';

export interface Who {
  userId: string;
  name: string;
  role: ParticipantRole;
  side: PartySide | null;
}

/** A user in a live session: in the waiting room, in the room, or in the reconnect grace after their socket dropped. */
export class Participant {
  connection: SignalingConnection | null = null;
  state: ParticipantState = 'waiting';
  handRaised = false;
  /** Muted by the host: the SFU keeps the microphone paused until the host lifts it (kept across reconnects). */
  mutedByHost = false;
  /** The socket whose join is still in flight: if it closes, the join rolls back instead of keeping a grace period. */
  joiningOn: SignalingConnection | null = null;
  waitingSince = new Date();
  graceTimer: NodeJS.Timeout | undefined;
  /** The device's capabilities if given at join, used by `ready` when it brings none. */
  rtpCapabilities: RtpCapabilities | undefined;

  constructor(readonly who: Who) {}

  /** A user is one peer per session: a reconnect or a second tab keeps the same id. */
  get peerId(): string {
    return this.who.userId;
  }

  get inRoom(): boolean {
    return this.state !== 'waiting';
  }

  peerInfo(producers: ProducerInfo[]): PeerInfo {
    const { name, role, side } = this.who;
    return {
      peerId: this.peerId, name, role, side, handRaised: this.handRaised, reconnecting: this.state === 'reconnecting',
      mutedByHost: this.mutedByHost, producers,
    };
  }

  waitingInfo(): WaitingPeer {
    const { name, role, side } = this.who;
    return { peerId: this.peerId, name, role, side, since: this.waitingSince.toISOString() };
  }

  stopGrace(): void {
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
  }
}
