import { useEffect, useState } from 'preact/hooks';
import { useSession } from '../auth/session';
import { caseNo } from '../ui/format';
import { Loading, LoadError, Notice } from '../ui/Notice';
import { useStore } from '../ui/store';
import { useAsync } from '../ui/useAsync';
import { usePageTitle } from '../ui/usePageTitle';
import { Lobby } from './Lobby';
import { RecordViewer } from './RecordPanel';
import { RoomView } from './RoomView';
import { type JoinOptions, type Phase, SessionController } from './session-controller';
import { type SessionDetail, sessionsApi } from './sessions-api';
import './session.css';

declare global {
  interface Window {
    /** For the browser tests and support staff: what this page receives, and how fast the first frame came. */
    __hezhouSession?: {
      stats(): ReturnType<SessionController['stats']>;
      readonly firstFrameMs: number | null;
      readonly firstFrameSinceJoinClickMs: number | null;
      readonly phase: Phase;
      /** Closes the signaling socket as a network loss would; the page must reconnect and rejoin by itself. */
      simulateNetworkDrop(): void;
    };
  }
}

const FINAL: Phase[] = ['left', 'ended', 'removed', 'replaced', 'failed'];

function Outcome({ phase, message, detail, myUserId, canConfirm, onRejoin }: {
  phase: Phase;
  message: string | null;
  detail: SessionDetail;
  myUserId: string | null;
  canConfirm: boolean;
  onRejoin: () => void;
}) {
  const titles: Partial<Record<Phase, string>> = {
    left: '您已离开调解室',
    ended: '本次调解会议已结束',
    removed: '您已被请出调解室',
    replaced: '您已在其他窗口或设备上进入本次会议',
    failed: '无法进入调解室',
  };
  return (
    <section class="card outcome" aria-labelledby="outcome-title">
      <h2 id="outcome-title">{titles[phase]}</h2>
      {message && <p class="muted">{message}</p>}
      {phase === 'ended' ? (
        <RecordViewer sessionId={detail.id} myUserId={myUserId} canConfirm={canConfirm} />
      ) : (
        <div class="actions">
          <button type="button" class="btn btn-primary" onClick={onRejoin}>
            {phase === 'replaced' ? '在此窗口重新进入' : '重新进入'}
          </button>
        </div>
      )}
    </section>
  );
}

function Live({ controller, detail, myUserId, onRejoin }: { controller: SessionController; detail: SessionDetail; myUserId: string | null; onRejoin: () => void }) {
  const view = useStore(controller.store);
  if (FINAL.includes(view.phase)) {
    return (
      <Outcome
        phase={view.phase}
        message={view.error ?? view.notice}
        detail={detail}
        myUserId={myUserId}
        canConfirm={detail.myRole === 'party'}
        onRejoin={onRejoin}
      />
    );
  }
  return <RoomView controller={controller} detail={detail} myUserId={myUserId} onLeave={() => void controller.leave()} />;
}

/** /sessions/:id — the video mediation room (调解室) of one session. */
export function SessionPage({ id }: { id: string }) {
  const detail = useAsync(() => sessionsApi.get(id), [id]);
  const user = useSession().user;
  const d = detail.data;
  const [controller, setController] = useState<SessionController | null>(null);
  usePageTitle(d ? `视频调解 ${caseNo(d.caseNumber)}` : '视频调解');

  useEffect(() => {
    if (!controller) return;
    window.__hezhouSession = {
      stats: () => controller.stats(),
      get firstFrameMs() {
        return controller.firstFrameMs;
      },
      get firstFrameSinceJoinClickMs() {
        return controller.firstFrameSinceJoinClickMs;
      },
      get phase() {
        return controller.store.get().phase;
      },
      simulateNetworkDrop: () => controller.simulateNetworkDrop(),
    };
    return () => {
      if (!FINAL.includes(controller.store.get().phase)) void controller.leave();
    };
  }, [controller]);

  if (detail.error && !d) return <LoadError message={detail.error.message} onRetry={detail.reload} />;
  if (!d || !user) return <Loading />;

  function join(options: JoinOptions) {
    const chat = d!.chat.map((m) => ({ id: m.id, peerId: m.authorId, name: m.authorName ?? '', text: m.text, at: m.at }));
    setController(new SessionController(d!.id, { name: user!.name, side: d!.mySide }, options, chat));
  }

  return (
    <div class="session-page">
      <header class="session-head">
        <a class="back" href={`/cases/${encodeURIComponent(d.caseId)}`}>
          ← 返回案件
        </a>
        <p class="eyebrow">案件 {caseNo(d.caseNumber)}</p>
        <h1>视频调解</h1>
      </header>
      {!d.myRole ? (
        <Notice kind="warn">您不是本次调解会议的参与人，不能进入调解室。</Notice>
      ) : controller ? (
        <Live controller={controller} detail={d} myUserId={String(user.id)} onRejoin={() => setController(null)} />
      ) : d.status === 'ended' ? (
        <Outcome phase="ended" message={null} detail={d} myUserId={String(user.id)} canConfirm={d.myRole === 'party'} onRejoin={() => undefined} />
      ) : (
        <Lobby onJoin={join} />
      )}
    </div>
  );
}
