import { useState } from 'preact/hooks';
import { Notice } from '../ui/Notice';
import { useStore } from '../ui/store';
import { ChatPanel } from './ChatPanel';
import { ControlBar } from './ControlBar';
import { CaucusControls, EndSessionButton, PeopleList, WaitingList } from './HostPanel';
import { MicMeter } from './Lobby';
import { ParticipantGrid } from './ParticipantGrid';
import { RecordEditor, RecordViewer } from './RecordPanel';
import { caucusBanner } from './room-state';
import type { SessionController, SessionView } from './session-controller';
import type { SessionDetail } from './sessions-api';
import { VideoView } from './VideoView';

type Tab = 'people' | 'chat' | 'record';

function CaucusBanner({ view }: { view: SessionView }) {
  const banner = caucusBanner(view.room.caucus, view.room.peers, view.me);
  if (!banner) return null;
  return (
    <div class={`caucus-banner${banner.member ? ' caucus-member' : ''}`} role="status" data-testid="caucus-banner">
      {banner.text}
    </div>
  );
}

function ConnectionNotice({ view }: { view: SessionView }) {
  if (view.connection === 'reconnecting' || view.connection === 'connecting') {
    return view.phase === 'joining' ? null : <Notice kind="warn">网络连接中断，正在重新连接…</Notice>;
  }
  if (view.rebuilding) return <Notice kind="warn">正在恢复音视频连接…</Notice>;
  return null;
}

function WaitingRoom({ view }: { view: SessionView }) {
  const hasVideo = view.cam && view.local.getVideoTracks().length > 0;
  return (
    <section class="card waiting" aria-labelledby="waiting-heading">
      <div class="waiting-preview">
        <div class="tile tile-self">
          {hasVideo ? (
            <VideoView stream={view.local} mirrored label="我的画面" />
          ) : (
            <div class="tile-avatar" aria-hidden="true">
              <span>{view.me?.name.slice(0, 1)}</span>
            </div>
          )}
        </div>
      </div>
      <div>
        <p class="loading" aria-hidden="true">
          <span class="spinner" />
        </p>
        <h2 id="waiting-heading">请等待调解员准许进入</h2>
        <p class="muted">您已在候场区。调解员准许后将自动进入调解室，请勿关闭本页面。</p>
        <MicMeter track={view.mic ? (view.local.getAudioTracks()[0] ?? null) : null} />
      </div>
    </section>
  );
}

function SidePanel({ view, controller, detail, myUserId }: { view: SessionView; controller: SessionController; detail: SessionDetail; myUserId: string | null }) {
  const host = view.me?.role === 'host';
  const [tab, setTab] = useState<Tab>(host ? 'people' : 'chat');
  const [seen, setSeen] = useState(view.room.chat.length);
  const unread = tab === 'chat' ? 0 : Math.max(0, view.room.chat.length - seen);
  const select = (next: Tab) => {
    if (tab === 'chat' || next === 'chat') setSeen(view.room.chat.length);
    setTab(next);
  };
  const tabs: [Tab, string][] = [
    ['people', host ? `参与人${view.room.waiting.length ? `（${view.room.waiting.length}人候场）` : ''}` : '参与人'],
    ['chat', unread ? `聊天（${unread}）` : '聊天'],
    ['record', '笔录'],
  ];
  return (
    <aside class="card side-panel" aria-label="会议面板">
      <div class="tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} class={tab === id ? 'tab active' : 'tab'} onClick={() => select(id)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'people' && (
          <>
            {host && <WaitingList view={view} controller={controller} />}
            <PeopleList view={view} controller={controller} />
            {host && <CaucusControls view={view} controller={controller} />}
            {host && (
              <section class="panel-section">
                <EndSessionButton controller={controller} />
              </section>
            )}
          </>
        )}
        {tab === 'chat' && (
          <ChatPanel
            messages={view.room.chat}
            myPeerId={view.me?.peerId ?? null}
            caucus={view.room.caucus.active}
            onSend={(text) => controller.sendChat(text)}
          />
        )}
        {/* Kept mounted for the host, so that switching tabs never loses unsaved text. */}
        {host && (
          <div hidden={tab !== 'record'}>
            <RecordEditor sessionId={detail.id} initial={detail.record} />
          </div>
        )}
        {!host && tab === 'record' && (
          <RecordViewer sessionId={detail.id} myUserId={myUserId} canConfirm={view.me?.role === 'party'} announcedVersion={view.recordVersion} />
        )}
      </div>
    </aside>
  );
}

/** Inside the session: waiting room, or the grid with its panel, plus the controls. */
export function RoomView({
  controller,
  detail,
  myUserId,
  onLeave,
}: {
  controller: SessionController;
  detail: SessionDetail;
  myUserId: string | null;
  onLeave: () => void;
}) {
  const view = useStore(controller.store);
  return (
    <div class="session-room" data-phase={view.phase}>
      <ConnectionNotice view={view} />
      {view.error && <Notice kind="error">{view.error}</Notice>}
      {view.notice && <Notice kind="warn">{view.notice}</Notice>}
      <CaucusBanner view={view} />
      {view.phase === 'joining' && (
        <p class="loading" role="status">
          <span class="spinner" aria-hidden="true" />
          正在进入调解室…
        </p>
      )}
      {view.phase === 'waiting' && <WaitingRoom view={view} />}
      {view.phase === 'room' ? (
        <div class="session-body">
          <div class="session-main">
            <ParticipantGrid view={view} controller={controller} />
            <ControlBar view={view} controller={controller} onLeave={onLeave} />
          </div>
          <SidePanel view={view} controller={controller} detail={detail} myUserId={myUserId} />
        </div>
      ) : (
        <ControlBar view={view} controller={controller} onLeave={onLeave} />
      )}
    </div>
  );
}
