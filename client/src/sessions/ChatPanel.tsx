import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChatMessage } from '../../../src/sessions/signaling/protocol';
import { formatDateTime } from '../ui/format';

/** The session's text chat; messages are stored with the case by the server. */
export function ChatPanel({
  messages,
  myPeerId,
  caucus,
  onSend,
}: {
  messages: ChatMessage[];
  myPeerId: string | null;
  caucus: boolean;
  onSend: (text: string) => Promise<void>;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length]);

  async function submit(e: Event) {
    e.preventDefault();
    const value = text.trim();
    if (!value || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSend(value);
      setText('');
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="chat">
      <ol class="chat-list" ref={list} aria-label="聊天记录" aria-live="polite">
        {!messages.length && <li class="muted small">暂无消息。消息将随案件保存。</li>}
        {messages.map((m) => (
          <li key={m.id} class={m.peerId === myPeerId ? 'chat-msg mine' : 'chat-msg'}>
            <span class="chat-meta">
              {m.name} · {formatDateTime(m.at).slice(-5)}
            </span>
            <span class="chat-text">{m.text}</span>
          </li>
        ))}
      </ol>
      {caucus && <p class="field-hint">背对背调解期间，消息仅本方可见。</p>}
      {error && <p class="field-error" role="alert">{error}</p>}
      <form class="chat-form" onSubmit={submit}>
        <label class="sr-only" for="chat-input">
          输入消息
        </label>
        <input id="chat-input" value={text} maxLength={2000} placeholder="输入消息…" onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" class="btn btn-primary" disabled={busy || !text.trim()}>
          发送
        </button>
      </form>
    </div>
  );
}
