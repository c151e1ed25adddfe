import { useState } from 'preact/hooks';
import type { PartySide, PeerInfo } from '../../../src/sessions/signaling/protocol';
import { Dialog } from '../ui/Dialog';
import { Icon } from './icons';
import { caucusPartyLabel, roleLabel, SIDE_LABELS } from './room-state';
import type { SessionController, SessionView } from './session-controller';

/** Runs a host action and shows its failure next to the buttons. */
function useAction() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

/** 候场区: the host lets people in one by one. */
export function WaitingList({ view, controller }: { view: SessionView; controller: SessionController }) {
  const { error, busy, run } = useAction();
  const waiting = view.room.waiting;
  return (
    <section class="panel-section" aria-labelledby="waiting-title">
      <h3 id="waiting-title">
        候场区 <span class="count">{waiting.length}</span>
      </h3>
      {!waiting.length && <p class="muted small">暂无等待进入的人员</p>}
      <ul class="people" aria-label="候场区">
        {waiting.map((w) => (
          <li key={w.peerId} class="person" aria-label={w.name}>
            <span class="person-name">{w.name}</span>
            <span class="tag">{roleLabel(w.role, w.side)}</span>
            <button type="button" class="btn btn-small btn-primary" disabled={busy} onClick={() => run(() => controller.admit(w.peerId))}>
              准许进入
            </button>
          </li>
        ))}
      </ul>
      {error && <p class="field-error" role="alert">{error}</p>}
    </section>
  );
}

/** Everyone in the room; the host may mute or send someone out. */
export function PeopleList({ view, controller }: { view: SessionView; controller: SessionController }) {
  const { error, busy, run } = useAction();
  const host = view.me?.role === 'host';
  const [removing, setRemoving] = useState<PeerInfo | null>(null);
  return (
    <section class="panel-section" aria-labelledby="people-title">
      <h3 id="people-title">
        会议中 <span class="count">{view.room.peers.length + 1}</span>
      </h3>
      <ul class="people" aria-label="会议中的人员">
        {view.me && (
          <li class="person">
            <span class="person-name">{view.me.name}（我）</span>
            <span class="tag">{roleLabel(view.me.role, view.me.side)}</span>
          </li>
        )}
        {view.room.peers.map((p) => (
          <li key={p.peerId} class="person" aria-label={p.name}>
            <span class="person-name">
              {p.name}
              {p.handRaised && (
                <span class="person-hand" role="img" aria-label="已举手">
                  <Icon name="hand" size={14} />
                </span>
              )}
            </span>
            <span class={p.side === 'respondent' ? 'tag tag-respondent' : 'tag'}>{roleLabel(p.role, p.side)}</span>
            {host && (
              <span class="person-actions">
                {p.mutedByHost ? (
                  <button type="button" class="btn btn-small" disabled={busy} onClick={() => run(() => controller.unmute(p.peerId))}>
                    解除静音
                  </button>
                ) : (
                  <button type="button" class="btn btn-small" disabled={busy} onClick={() => run(() => controller.mute(p.peerId))}>
                    静音
                  </button>
                )}
                <button type="button" class="btn btn-small btn-danger" disabled={busy} onClick={() => setRemoving(p)}>
                  请出
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {error && <p class="field-error" role="alert">{error}</p>}
      {removing && (
        <Dialog title={`请${removing.name}离开会议？`} onClose={() => setRemoving(null)}>
          <p class="dialog-message">对方将回到候场区，需要您再次准许才能进入。</p>
          <div class="dialog-actions">
            <button type="button" class="btn" onClick={() => setRemoving(null)}>
              取消
            </button>
            <button
              type="button"
              class="btn btn-danger"
              onClick={() => {
                const id = removing.peerId;
                setRemoving(null);
                void run(() => controller.remove(id));
              }}
            >
              确认请出
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

/** 背对背调解: the host talks with one side (or chosen people) while the others wait. */
export function CaucusControls({ view, controller }: { view: SessionView; controller: SessionController }) {
  const { error, busy, run } = useAction();
  const [picking, setPicking] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const { caucus, peers } = view.room;
  const parties = peers.filter((p) => p.role === 'party');
  const ofSide = (side: PartySide) => parties.filter((p) => p.side === side).map((p) => p.peerId);

  if (caucus.active) {
    return (
      <section class="panel-section" aria-labelledby="caucus-title">
        <h3 id="caucus-title">背对背调解</h3>
        <p class="small">正在与{caucusPartyLabel(caucus, peers, view.me?.peerId ?? null)}单独沟通。</p>
        <button type="button" class="btn btn-primary btn-block" disabled={busy} onClick={() => run(controller.endCaucus)}>
          结束背对背调解
        </button>
        {error && <p class="field-error" role="alert">{error}</p>}
      </section>
    );
  }
  return (
    <section class="panel-section" aria-labelledby="caucus-title">
      <h3 id="caucus-title">背对背调解</h3>
      <p class="muted small">与一方单独沟通时，另一方听不到也看不到。</p>
      <div class="caucus-buttons">
        {(['applicant', 'respondent'] as const).map((side) => (
          <button
            key={side}
            type="button"
            class="btn btn-small"
            disabled={busy || !ofSide(side).length}
            onClick={() => run(() => controller.startCaucus(ofSide(side)))}
          >
            与{SIDE_LABELS[side]}方单独沟通
          </button>
        ))}
        <button type="button" class="btn btn-small btn-ghost" disabled={busy || !peers.length} onClick={() => setPicking(true)}>
          选择人员…
        </button>
      </div>
      {error && <p class="field-error" role="alert">{error}</p>}
      {picking && (
        <Dialog title="选择单独沟通的人员" onClose={() => setPicking(false)}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              setPicking(false);
              void run(() => controller.startCaucus(chosen));
            }}
          >
            <ul class="plain-list">
              {peers.map((p) => (
                <li key={p.peerId}>
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={chosen.includes(p.peerId)}
                      onChange={(e) =>
                        setChosen(e.currentTarget.checked ? [...chosen, p.peerId] : chosen.filter((id) => id !== p.peerId))
                      }
                    />
                    {p.name}（{roleLabel(p.role, p.side)}）
                  </label>
                </li>
              ))}
            </ul>
            <div class="dialog-actions">
              <button type="button" class="btn" onClick={() => setPicking(false)}>
                取消
              </button>
              <button type="submit" class="btn btn-primary" disabled={!chosen.length}>
                开始背对背调解
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </section>
  );
}

export function EndSessionButton({ controller }: { controller: SessionController }) {
  const { error, busy, run } = useAction();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" class="btn btn-danger btn-block" onClick={() => setAsking(true)}>
        结束调解会议
      </button>
      {error && <p class="field-error" role="alert">{error}</p>}
      {asking && (
        <Dialog title="结束本次调解会议？" onClose={() => setAsking(false)}>
          <p class="dialog-message">所有人将离开调解室，会议结束后不能再次进入。笔录会保留，当事人可继续确认。</p>
          <div class="dialog-actions">
            <button type="button" class="btn" onClick={() => setAsking(false)}>
              取消
            </button>
            <button type="button" class="btn btn-danger" disabled={busy} onClick={() => run(controller.endSession)}>
              确认结束
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
