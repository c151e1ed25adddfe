import { useState } from 'preact/hooks';
import type { ApiError } from '../api/http';
import type { CaseDetail } from '../api/types';
import { useSession } from '../auth/session';
import { navigate } from '../router';
import { useAsync } from '../ui/useAsync';
import { sessionsApi } from './sessions-api';

const MEDIATING = ['mediator_assigned', 'in_mediation'];

/** "进入视频调解" on the case page: the assigned mediator opens (or reopens) the session, parties join an open one. */
export function SessionEntry({ c, reloadKey = 0 }: { c: CaseDetail; reloadKey?: number }) {
  const user = useSession().user;
  const mediator = !!user && c.mediator?.id !== undefined && String(c.mediator.id) === String(user.id);
  const party = c.parties.some((p) => p.isMe);
  const shown = MEDIATING.includes(c.status) && (mediator || party);
  const caseId = String(c.id);
  const sessions = useAsync(() => (shown ? sessionsApi.listOfCase(caseId) : Promise.resolve([])), [caseId, shown, reloadKey]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!shown) return null;
  const open = sessions.data?.find((s) => s.status !== 'ended');

  async function enter() {
    setBusy(true);
    setError(null);
    try {
      navigate(`/sessions/${encodeURIComponent(open ? open.id : (await sessionsApi.open(caseId)).id)}`);
    } catch (e) {
      setError((e as ApiError).message);
      setBusy(false);
    }
  }

  if (mediator) {
    return (
      <div class="actions">
        <button type="button" class="btn btn-primary" disabled={busy || sessions.loading} onClick={() => void enter()}>
          进入视频调解
        </button>
        {error && <p class="field-error" role="alert">{error}</p>}
      </div>
    );
  }
  if (!open) return sessions.loading ? null : <p class="muted small">调解员开启视频调解后，可在此进入。</p>;
  return (
    <div class="actions">
      <a class="btn btn-primary" href={`/sessions/${encodeURIComponent(open.id)}`}>
        进入视频调解
      </a>
    </div>
  );
}
