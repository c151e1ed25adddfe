import type {
  ChatMessage,
  JoinResult,
  MediaSource,
  PartySide,
  PeerRole,
  RequestData,
  RequestMethod,
  ResponseData,
} from '../../../src/sessions/signaling/protocol';
import { createStore, type Store } from '../ui/store';
import { openTrack } from './local-media';
import { sessionsApi } from './sessions-api';
import { type InboundStats, MediaSession, type RemoteStream } from './media-session';
import { EMPTY_ROOM, fromSnapshot, reduceRoom, ROOM_EVENTS, type RoomEvent, type RoomState } from './room-state';
import { type ConnectionState, SignalingClient, SignalingError } from './signaling-client';

// One participant's live session: the signaling socket, the room as notifications describe it, and the media.
// The UI reads `store` and calls the methods; nothing here touches the DOM beyond media tracks.

export type Phase = 'joining' | 'waiting' | 'room' | 'left' | 'ended' | 'removed' | 'replaced' | 'failed';

export interface Me {
  peerId: string;
  role: PeerRole;
  side: PartySide | null;
  name: string;
}

export interface SessionView {
  phase: Phase;
  connection: ConnectionState;
  /** The media is being rebuilt (media server restarted, transport lost). */
  rebuilding: boolean;
  error: string | null;
  /** A passing message (muted by the host, removed…). */
  notice: string | null;
  me: Me | null;
  room: RoomState;
  remotes: RemoteStream[];
  local: MediaStream;
  mic: boolean;
  /** The host muted me: the server keeps my microphone paused; turning it on asks the host instead. */
  mutedByHost: boolean;
  cam: boolean;
  audioOnly: boolean;
  handRaised: boolean;
  /** My upstream quality, 0–10, worst of my producers. */
  uplink: number | null;
  /** The newest record (调解笔录) version the host saved during this session, as the server announced it. */
  recordVersion: number | null;
}

export interface JoinOptions {
  stream: MediaStream;
  mic: boolean;
  cam: boolean;
}

const REJOIN_DELAY_MS = 1500;

export class SessionController {
  readonly store: Store<SessionView>;
  private readonly signaling = new SignalingClient();
  private media: MediaSession | null = null;
  private mediaReady: Promise<MediaSession> | null = null;
  private mediaStarted = false;
  private joinedOnce = false;
  private gen = 0;
  private emitQueued = false;
  private view: SessionView;
  private readonly startedAt = performance.now();
  /** When media could start (join click, or admission for a party), for the join-to-first-frame figure. */
  private mediaStartAt: number | null = null;
  firstFrameMs: number | null = null;
  firstFrameSinceJoinClickMs: number | null = null;

  constructor(
    readonly sessionId: string,
    private readonly who: { name: string; side: PartySide | null },
    options: JoinOptions,
    chat: ChatMessage[],
  ) {
    this.view = {
      phase: 'joining', connection: 'connecting', rebuilding: false, error: null, notice: null, me: null,
      room: { ...EMPTY_ROOM, chat }, remotes: [], local: options.stream,
      mic: options.mic && options.stream.getAudioTracks().length > 0,
      cam: options.cam && options.stream.getVideoTracks().length > 0,
      mutedByHost: false, audioOnly: false, handRaised: false, uplink: null, recordVersion: null,
    };
    this.store = createStore(this.view);
    this.listen();
    this.signaling.connect();
    window.addEventListener('pagehide', this.onPageHide);
  }

  // ----- what the UI calls -------------------------------------------------------------------------------------

  async setMic(on: boolean): Promise<void> {
    if (on && this.view.mutedByHost) {
      await this.request('requestUnmute', {}).catch((e) => this.fail(e));
      this.set({ notice: '已向调解员申请发言，调解员同意后即可打开麦克风。' });
      return;
    }
    this.set({ mic: on, notice: null });
    await this.media?.setPaused('mic', !on).catch((e) => this.fail(e));
  }

  async setCam(on: boolean): Promise<void> {
    this.set({ cam: on });
    await this.media?.setPaused('cam', !on).catch((e) => this.fail(e));
  }

  /** Another camera or microphone, while in the session. */
  async switchDevice(kind: 'audio' | 'video', deviceId: string): Promise<void> {
    const track = await openTrack(kind, deviceId);
    const source: MediaSource = kind === 'audio' ? 'mic' : 'cam';
    const local = this.view.local;
    const old = kind === 'audio' ? local.getAudioTracks() : local.getVideoTracks();
    await this.media?.useTrack(source, track, !(source === 'mic' ? this.view.mic : this.view.cam));
    old.forEach((t) => t.stop());
    // A new stream object, so that the preview picks up the new track.
    this.set({ local: new MediaStream([...local.getTracks().filter((t) => !old.includes(t)), track]) });
  }

  async setAudioOnly(on: boolean): Promise<void> {
    this.set({ audioOnly: on });
    await this.media?.setAudioOnly(on);
  }

  async raiseHand(raised: boolean): Promise<void> {
    this.set({ handRaised: raised });
    await this.request('raiseHand', { raised });
  }

  async sendChat(text: string): Promise<void> {
    const { message } = await this.request('chat', { text });
    this.fold({ name: 'chat', data: { message } });
  }

  admit = (peerId: string) => this.request('admit', { peerId });
  remove = (peerId: string) => this.request('remove', { peerId });
  mute = (peerId: string) => this.request('mute', { peerId });
  unmute = (peerId: string) => this.request('unmute', { peerId });
  startCaucus = (peerIds: string[]) => this.request('startCaucus', { peerIds });
  endCaucus = () => this.request('endCaucus', {});
  endSession = () => this.request('endSession', {});

  /** Leave now (others see it at once, no reconnect grace). */
  async leave(): Promise<void> {
    if (this.signaling.state === 'open') await this.signaling.request('leave', {}, 3000).catch(() => undefined);
    this.dispose('left');
  }

  /** Counters of what I receive, per consumer: for the browser test and for diagnostics. */
  stats(): Promise<InboundStats[]> {
    return this.media?.stats() ?? Promise.resolve([]);
  }

  /** Drops the signaling socket as a network loss would (the client reconnects and rejoins by itself). */
  simulateNetworkDrop(): void {
    this.signaling.reconnectNow();
  }

  /** Stop everything without telling the server (the page is going away; the server's grace period applies). */
  dispose(phase: Phase = 'left'): void {
    this.gen++;
    window.removeEventListener('pagehide', this.onPageHide);
    this.media?.close();
    this.media = null;
    this.signaling.close();
    this.view.local.getTracks().forEach((t) => t.stop());
    this.set({ phase, remotes: [], connection: 'closed' });
  }

  // ----- joining and rejoining ---------------------------------------------------------------------------------

  private listen(): void {
    for (const name of ROOM_EVENTS) {
      this.signaling.on(name, (data) => this.fold({ name, data } as RoomEvent));
    }
    this.signaling.on('admitted', (snapshot) => {
      this.set({ room: fromSnapshot(snapshot, this.view.room.chat), phase: 'room' });
      this.mediaStartAt = performance.now();
      void this.startMedia(this.gen);
    });
    this.signaling.on('muted', ({ peerId, producerId }) => {
      if (peerId !== this.view.me?.peerId) return;
      if (producerId) this.media?.mutedByHost(producerId);
      this.set({ mic: false, mutedByHost: true, notice: '调解员已将您静音。需要发言时，请点击麦克风向调解员申请。' });
    });
    this.signaling.on('unmuted', ({ peerId }) => {
      if (peerId !== this.view.me?.peerId) return;
      this.set({ mutedByHost: false, notice: '调解员已允许您发言，请打开麦克风。' });
    });
    this.signaling.on('unmuteRequested', ({ name }) => this.set({ notice: `${name}申请发言，可在人员列表中解除其静音。` }));
    this.signaling.on('removed', ({ reason }) => {
      this.set({ notice: reason ? `调解员已请您离开会议：${reason}` : '调解员已请您离开会议' });
      this.dispose('removed');
    });
    this.signaling.on('sessionEnded', () => this.dispose('ended'));
    this.signaling.on('recordSaved', ({ version }) => this.set({ recordVersion: version }));
    this.signaling.on('roomClosed', () => void this.rejoin());
    this.signaling.onState((change) => {
      this.set({ connection: change.state });
      if (change.state === 'open') {
        // First connection, or back after a drop: (re)join. The server kept our admission during its grace period.
        void this.rejoin();
      } else if (change.state === 'closed' && change.code) {
        if (change.code === 4409) this.dispose('replaced');
        else if (change.code === 4410 && this.view.phase !== 'removed') this.dispose('ended');
        else if (change.code === 4401) {
          this.set({ error: '登录已过期，请重新登录后再进入' });
          this.dispose('failed');
        } else if (change.code === 4429) {
          this.set({ error: '您同时打开的会议页面过多，请关闭其他页面后刷新' });
          this.dispose('failed');
        } else if (change.code === 4400) {
          this.set({ error: '与服务器的通信出错，请刷新页面' });
          this.dispose('failed');
        }
      }
    });
  }

  private async rejoin(): Promise<void> {
    const gen = ++this.gen;
    const wasInside = this.view.phase === 'room';
    this.media?.close();
    this.media = null;
    this.mediaStarted = false;
    this.set({ remotes: [], rebuilding: wasInside });
    let result: JoinResult;
    try {
      result = await this.signaling.request('join', { sessionId: this.sessionId });
    } catch (error) {
      if (gen !== this.gen) return;
      return this.joinFailed(error, gen);
    }
    if (gen !== this.gen) return;
    this.set({
      me: { peerId: result.peerId, role: result.role, side: this.who.side, name: this.who.name },
      error: null,
      mutedByHost: result.mutedByHost,
      ...(result.mutedByHost ? { mic: false } : {}),
    });
    if (this.joinedOnce) void this.catchUpChat();
    this.joinedOnce = true;
    this.mediaReady = MediaSession.create(this.signaling, result.routerRtpCapabilities, {
      changed: () => this.syncMedia(),
      failed: (reason) => {
        console.warn('media failed, rejoining', reason);
        if (gen === this.gen) void this.rejoin();
      },
    });
    this.mediaReady.catch((error) => this.fail(error));
    if (!result.admitted) {
      this.set({ phase: 'waiting', rebuilding: false, room: { ...EMPTY_ROOM, chat: this.view.room.chat } });
      return;
    }
    this.mediaStartAt ??= performance.now();
    this.set({ phase: 'room', room: fromSnapshot(result, this.view.room.chat) });
    await this.startMedia(gen);
  }

  private async startMedia(gen: number): Promise<void> {
    if (this.mediaStarted || !this.mediaReady) return;
    this.mediaStarted = true;
    try {
      const media = await this.mediaReady;
      if (gen !== this.gen) return media.close();
      this.media = media;
      const local = this.view.local;
      await media.start(
        { mic: local.getAudioTracks()[0] ?? null, cam: local.getVideoTracks()[0] ?? null },
        { mic: !this.view.mic, cam: !this.view.cam },
      );
      if (gen !== this.gen) return;
      if (this.view.audioOnly) await media.setAudioOnly(true);
      if (this.view.handRaised) await this.request('raiseHand', { raised: true }).catch(() => undefined);
      this.set({ rebuilding: false });
    } catch (error) {
      if (gen !== this.gen) return;
      this.joinFailed(error, gen);
    }
  }

  private joinFailed(error: unknown, gen: number): void {
    const code = (error as SignalingError).code;
    if (code === 'SESSION_ENDED') return this.dispose('ended');
    if (code === 'SESSION_JOIN_FORBIDDEN' || code === 'SESSION_NOT_FOUND') {
      this.set({ error: (error as Error).message });
      return this.dispose('failed');
    }
    // Disconnected: the socket's reconnect will rejoin. Anything else (media server busy…): try again shortly.
    if (code === 'SIGNAL_DISCONNECTED' || code === 'SIGNAL_CLOSED') return;
    this.set({ error: `${(error as Error).message || '加入失败'}，正在重试…` });
    setTimeout(() => gen === this.gen && void this.rejoin(), REJOIN_DELAY_MS);
  }

  // ----- state ---------------------------------------------------------------------------------------------------

  /** The page painted the first frame of a remote video (requestVideoFrameCallback in the tile). */
  videoFrameShown(consumerId: string): void {
    const remote = this.media?.remotes.get(consumerId);
    if (!remote || remote.firstFrameAt !== undefined) return;
    const now = performance.now();
    remote.firstFrameAt = now;
    if (this.firstFrameMs !== null || this.mediaStartAt === null) return;
    this.firstFrameMs = Math.round(now - this.mediaStartAt);
    this.firstFrameSinceJoinClickMs = Math.round(now - this.startedAt);
  }

  /** Messages sent while we were disconnected (the server stores them all). */
  private async catchUpChat(): Promise<void> {
    const detail = await sessionsApi.get(this.sessionId).catch(() => null);
    if (!detail) return;
    const known = new Set(this.view.room.chat.map((m) => m.id));
    const missed = detail.chat
      .filter((m) => !known.has(m.id))
      .map((m) => ({ id: m.id, peerId: m.authorId, name: m.authorName ?? '', text: m.text, at: m.at }));
    if (missed.length) {
      const chat = [...this.view.room.chat, ...missed].sort((a, b) => a.at.localeCompare(b.at));
      this.set({ room: { ...this.view.room, chat } });
    }
  }

  private fold(event: RoomEvent): void {
    this.set({ room: reduceRoom(this.view.room, event) });
  }

  private syncMedia(): void {
    const media = this.media;
    const scores = media ? Object.values(media.uplinkScore) : [];
    this.set({ remotes: media ? [...media.remotes.values()] : [], uplink: scores.length ? Math.min(...scores) : null });
  }

  private request<M extends RequestMethod>(method: M, data: RequestData<M>): Promise<ResponseData<M>> {
    return this.signaling.request(method, data);
  }

  private fail(error: unknown): void {
    console.warn('session:', error);
    this.set({ error: (error as Error)?.message ?? String(error) });
  }

  /** Coalesces changes into one store update per microtask (scores and stream events come in bursts). */
  private set(patch: Partial<SessionView>): void {
    this.view = { ...this.view, ...patch };
    if (this.emitQueued) return;
    this.emitQueued = true;
    queueMicrotask(() => {
      this.emitQueued = false;
      this.store.set(this.view);
    });
  }

  private readonly onPageHide = () => {
    // Best effort: tell the server we are gone, so the others do not wait out the reconnect grace.
    void this.signaling.request('leave', {}, 500).catch(() => undefined);
  };
}
