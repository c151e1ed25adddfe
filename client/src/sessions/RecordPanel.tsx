import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/http';
import { formatDateTime } from '../ui/format';
import { type RecordConfirmation, type SessionRecord, sessionsApi } from './sessions-api';
import { RecordConfirmations } from './RecordConfirmations';

const AUTOSAVE_MS = 1200;
type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; version: number }
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

/** 调解笔录 for the host: autosaved versions; a save based on a stale version is refused (409) and said so. */
export function RecordEditor({ sessionId, initial }: { sessionId: string; initial: SessionRecord | null }) {
  const [body, setBody] = useState(initial?.body ?? '');
  const [state, setState] = useState<SaveState>(initial ? { kind: 'saved', version: initial.version } : { kind: 'idle' });
  const base = useRef(initial?.version ?? 0);
  const latest = useRef(body);
  const timer = useRef<number>();
  const inFlight = useRef<Promise<void> | null>(null);

  async function save(): Promise<void> {
    if (inFlight.current) await inFlight.current;
    const text = latest.current;
    setState({ kind: 'saving' });
    const run = sessionsApi.saveRecord(sessionId, text, base.current).then(
      (saved) => {
        base.current = saved.version;
        setState(latest.current === text ? { kind: 'saved', version: saved.version } : { kind: 'dirty' });
      },
      (error: ApiError) => {
        if (error.status === 409) setState({ kind: 'conflict' });
        else setState({ kind: 'error', message: error.message });
      },
    );
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }

  function onInput(value: string) {
    setBody(value);
    latest.current = value;
    if (state.kind === 'conflict') return;
    setState({ kind: 'dirty' });
    clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      void save();
    }, AUTOSAVE_MS);
  }

  // Save what is typed when the panel goes away (leaving, ending the session).
  useEffect(
    () => () => {
      if (timer.current !== undefined) {
        clearTimeout(timer.current);
        void save();
      }
    },
    [],
  );

  async function loadLatest() {
    const detail = await sessionsApi.get(sessionId);
    base.current = detail.record?.version ?? 0;
    const text = detail.record?.body ?? '';
    setBody(text);
    latest.current = text;
    setState(detail.record ? { kind: 'saved', version: detail.record.version } : { kind: 'idle' });
  }

  return (
    <div class="record">
      <label for="record-body" class="field-label">
        调解笔录
      </label>
      <textarea
        id="record-body"
        class="record-body"
        value={body}
        rows={10}
        maxLength={50000}
        placeholder="记录双方陈述、争议焦点与调解意见…（自动保存）"
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p class="record-status" role="status" data-testid="record-status">
        {state.kind === 'idle' && '尚未保存'}
        {state.kind === 'dirty' && '有未保存的修改…'}
        {state.kind === 'saving' && '正在保存…'}
        {state.kind === 'saved' && `已保存 第${state.version}版`}
        {state.kind === 'error' && <span class="text-error">保存失败：{state.message}</span>}
      </p>
      <RecordConfirmations sessionId={sessionId} savedVersion={state.kind === 'saved' ? state.version : base.current || null} />
      {state.kind === 'conflict' && (
        <div class="notice notice-error" role="alert">
          <p>笔录已在别处被修改（可能在另一窗口），本次修改未保存。请先复制您的内容，再载入最新版本后修改。</p>
          <button type="button" class="btn btn-small notice-action" onClick={() => void loadLatest()}>
            载入最新版本
          </button>
        </div>
      )}
    </div>
  );
}

/** The latest record as parties see it, with 确认笔录 (they confirm one exact version). */
export function RecordViewer({
  sessionId,
  myUserId,
  canConfirm,
  announcedVersion,
}: {
  sessionId: string;
  myUserId: string | null;
  canConfirm: boolean;
  /** In the room: the latest version the server announced (recordSaved); each new one is fetched. */
  announcedVersion?: number | null;
}) {
  const [record, setRecord] = useState<SessionRecord | null>(null);
  const [confirmations, setConfirmations] = useState<RecordConfirmation[]>([]);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function load() {
    const detail = await sessionsApi.get(sessionId);
    setRecord(detail.record);
    setConfirmations(detail.confirmations);
  }

  useEffect(() => {
    void load().catch(() => undefined);
  }, [sessionId, announcedVersion]);

  const confirmed = !!record && confirmations.some((c) => c.userId === myUserId && c.version === record.version);

  async function confirm() {
    if (!record) return;
    setBusy(true);
    setMessage(null);
    try {
      setConfirmations(await sessionsApi.confirmRecord(sessionId, record.version));
      setMessage({ kind: 'success', text: `您已确认笔录第${record.version}版` });
    } catch (error) {
      setMessage({ kind: 'error', text: (error as ApiError).message });
      await load().catch(() => undefined);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="record">
      <div class="record-head">
        <span class="field-label">调解笔录</span>
        <button type="button" class="btn btn-small btn-ghost" onClick={() => void load()}>
          刷新
        </button>
      </div>
      {record ? (
        <>
          <p class="muted small" data-testid="record-version">
            第{record.version}版 · {record.authorName ?? '调解员'} · {formatDateTime(record.savedAt)}
          </p>
          {/* A scrolling box: focusable, so that the keyboard (and a screen reader) can scroll it too. */}
          <div class="record-text prewrap" data-testid="record-text" tabIndex={0} role="region" aria-label="笔录全文">
            {record.body || '（空）'}
          </div>
          {canConfirm && (
            <button type="button" class="btn btn-primary btn-block" disabled={busy || confirmed} onClick={() => void confirm()}>
              {confirmed ? `已确认第${record.version}版` : '确认笔录'}
            </button>
          )}
        </>
      ) : (
        <p class="muted">调解员尚未保存笔录。</p>
      )}
      {message && (
        <p class={message.kind === 'error' ? 'field-error' : 'record-ok'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
