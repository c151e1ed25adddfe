import type { PeerInfo } from '../../../src/sessions/signaling/protocol';
import { Icon, QualityBars } from './icons';
import type { RemoteStream } from './media-session';
import { isCamOn, isMicOn, roleLabel } from './room-state';
import type { SessionController, SessionView } from './session-controller';
import { AudioSink, VideoView } from './VideoView';

interface TileProps {
  peerId: string;
  name: string;
  role: string;
  me?: boolean;
  stream?: MediaStream | null;
  video?: MediaStreamTrack | null;
  audio?: MediaStreamTrack | null;
  micOn: boolean;
  quality: number | null;
  handRaised: boolean;
  reconnecting?: boolean;
  /** In a caucus, on the other side from me: nothing flows between us. */
  away?: boolean;
  onFirstFrame?: () => void;
}

function Tile(p: TileProps) {
  const showVideo = !p.away && !p.reconnecting && (p.stream || p.video);
  return (
    <figure
      class={`tile${p.me ? ' tile-self' : ''}${p.handRaised ? ' tile-hand-up' : ''}`}
      data-testid="participant-tile"
      data-peer-id={p.peerId}
      aria-label={`${p.name}（${p.role}）`}
    >
      {showVideo ? (
        <VideoView stream={p.stream} track={p.video} mirrored={p.me} onFirstFrame={p.onFirstFrame} />
      ) : (
        !p.away &&
        !p.reconnecting && (
          <div class="tile-avatar" aria-hidden="true">
            <span>{p.name.slice(0, 1)}</span>
          </div>
        )
      )}
      {p.audio && !p.me && <AudioSink track={p.audio} />}
      {p.handRaised && (
        <span class="tile-hand" role="img" aria-label="已举手" title="已举手">
          <Icon name="hand" size={22} />
          <span class="tile-hand-text" aria-hidden="true">举手</span>
        </span>
      )}
      {!p.away && !p.reconnecting && (
        <span class="tile-quality">
          <QualityBars score={p.quality} label={p.me ? '我的网络' : '网络质量'} />
        </span>
      )}
      {p.reconnecting && (
        <div class="tile-overlay">
          <span class="spinner" aria-hidden="true" />
          正在重新连接…
        </div>
      )}
      {p.away && !p.reconnecting && (
        <div class="tile-overlay">
          <Icon name="lock" size={22} />
          <span>背对背调解中</span>
          <span class="tile-overlay-note">暂时听不到、看不到对方</span>
        </div>
      )}
      <figcaption class="tile-label">
        {!p.micOn && (
          <span class="tile-mic-off" role="img" aria-label="麦克风已关闭" title="麦克风已关闭">
            <Icon name="micOff" size={16} />
          </span>
        )}
        <span class="tile-name">
          {p.name}
          {p.me && '（我）'}
        </span>
        <span class="tile-role">{p.role}</span>
      </figcaption>
    </figure>
  );
}

const flowing = (r: RemoteStream | undefined) => !!r && !!r.track && r.pausedBy.size === 0;

/** The worse of what I receive and what the sender sends, for a peer's video (or its voice). */
function peerQuality(video?: RemoteStream, audio?: RemoteStream): number | null {
  const r = video && video.score !== null ? video : audio;
  if (!r || r.score === null) return null;
  return Math.min(r.score, r.producerScore ?? 10);
}

export function ParticipantGrid({ view, controller }: { view: SessionView; controller: SessionController }) {
  const { me, room, remotes } = view;
  const inCaucus = (peerId: string) => room.caucus.active && room.caucus.memberPeerIds.includes(peerId);
  const meInCaucus = me ? inCaucus(me.peerId) : false;
  const tiles = room.peers.map((peer: PeerInfo) => {
    const video = remotes.find((r) => r.peerId === peer.peerId && r.source === 'cam');
    const audio = remotes.find((r) => r.peerId === peer.peerId && r.source === 'mic');
    return (
      <Tile
        key={peer.peerId}
        peerId={peer.peerId}
        name={peer.name}
        role={roleLabel(peer.role, peer.side)}
        video={flowing(video) && isCamOn(peer) && !view.audioOnly ? video!.track : null}
        audio={audio?.track ?? null}
        micOn={isMicOn(peer)}
        quality={peerQuality(video, audio)}
        handRaised={peer.handRaised}
        reconnecting={peer.reconnecting}
        away={room.caucus.active && inCaucus(peer.peerId) !== meInCaucus}
        onFirstFrame={video && !video.firstFrameAt ? () => controller.videoFrameShown(video.consumerId) : undefined}
      />
    );
  });
  const count = tiles.length + 1;
  return (
    <div class="tiles" data-count={Math.min(count, 5)} aria-label="参会人员画面">
      {me && (
        <Tile
          peerId={me.peerId}
          name={me.name}
          role={roleLabel(me.role, me.side)}
          me
          stream={view.cam && view.local.getVideoTracks().length ? view.local : null}
          micOn={view.mic}
          quality={view.uplink}
          handRaised={view.handRaised}
        />
      )}
      {tiles}
      {!room.peers.length && (
        <div class="tile tile-empty">
          <p>{me?.role === 'host' ? '等待当事人进入…' : '等待其他参与人…'}</p>
        </div>
      )}
    </div>
  );
}
