import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

const speech = (): SpeechSynthesis | null => (typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null);

/**
 * 朗读: reads the key text of a page aloud with the browser's own speech synthesis in Mandarin (zh-CN). Nothing leaves
 * the device; where the browser has no speech synthesis the button is not shown.
 */
export function ReadAloud({ text, label = '朗读' }: { text: string; label?: string }) {
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => () => speech()?.cancel(), []);
  const synth = speech();
  if (!synth) return null;

  const toggle = () => {
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'zh-CN';
    utterance.rate = 0.9; // a little slower than the default: easier to follow
    const voice = synth.getVoices().find((v) => v.lang.replace('_', '-').startsWith('zh'));
    if (voice) utterance.voice = voice;
    utterance.onend = utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
  };

  return (
    <button type="button" class="btn btn-small read-aloud" onClick={toggle} aria-pressed={speaking} data-testid="read-aloud">
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" class="read-aloud-icon">
        <path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
      </svg>{' '}
      {speaking ? t('停止朗读') : t(label)}
    </button>
  );
}
