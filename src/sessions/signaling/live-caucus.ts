import { DomainError } from '../../common/errors/domain-error';
import type { Participant } from './participant';
import type { CaucusState } from './protocol';

/** The caucus (背对背) of a live session: the members are peer ids, and the host is always one of them. */
export class LiveCaucus {
  private members: Set<string> | null = null;
  private names: string[] = [];
  private startedAt: Date | null = null;

  get active(): boolean {
    return this.members !== null;
  }

  get memberSet(): ReadonlySet<string> | null {
    return this.members;
  }

  /** Checks the host's choice against who is in the room, and starts the caucus. */
  start(host: Participant, peerIds: readonly string[], participants: ReadonlyMap<string, Participant>): void {
    if (this.members) throw new DomainError('CAUCUS_ALREADY_ACTIVE');
    const chosen = peerIds.map((id) => participants.get(id));
    if (chosen.some((p) => !p || !p.inRoom || p === host)) throw new DomainError('CAUCUS_MEMBERS_INVALID');
    const members = [host, ...(chosen as Participant[])];
    this.members = new Set(members.map((p) => p.peerId));
    this.names = members.map((p) => p.who.name);
    this.startedAt = new Date();
  }

  end(): void {
    if (!this.members) throw new DomainError('CAUCUS_NOT_ACTIVE');
    this.members = null;
    this.names = [];
    this.startedAt = null;
  }

  state(): CaucusState {
    return {
      active: this.active, memberPeerIds: [...(this.members ?? [])], memberNames: [...this.names],
      startedAt: this.startedAt?.toISOString() ?? null,
    };
  }
}
