import { useEffect, useRef } from 'preact/hooks';

type FrameCallbackVideo = HTMLVideoElement & { requestVideoFrameCallback?: (cb: () => void) => number; cancelVideoFrameCallback?: (id: number) => void };

/** A <video> showing a stream or a single track; muted (sound plays through AudioSink). */
export function VideoView({
  stream,
  track,
  mirrored,
  label,
  onFirstFrame,
}: {
  stream?: MediaStream | null;
  track?: MediaStreamTrack | null;
  mirrored?: boolean;
  label?: string;
  /** Called once the first frame of this source is painted. */
  onFirstFrame?: () => void;
}) {
  const ref = useRef<HTMLVideoElement>(null);
  const firstFrame = useRef(onFirstFrame);
  firstFrame.current = onFirstFrame;
  useEffect(() => {
    const el = ref.current as FrameCallbackVideo | null;
    if (!el) return;
    const source = stream ?? (track ? new MediaStream([track]) : null);
    if (el.srcObject !== source) el.srcObject = source;
    if (!source) return;
    void el.play().catch(() => undefined);
    if (!firstFrame.current) return;
    const done = () => firstFrame.current?.();
    if (el.requestVideoFrameCallback) {
      const id = el.requestVideoFrameCallback(done);
      return () => el.cancelVideoFrameCallback?.(id);
    }
    el.addEventListener('loadeddata', done, { once: true });
    return () => el.removeEventListener('loadeddata', done);
  }, [stream, track]);
  return <video ref={ref} class={mirrored ? 'tile-video mirrored' : 'tile-video'} autoplay playsInline muted aria-label={label} />;
}

/** Plays a remote microphone. Not rendered for my own. */
export function AudioSink({ track }: { track: MediaStreamTrack }) {
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.srcObject = new MediaStream([track]);
    void el.play().catch(() => undefined);
  }, [track]);
  return <audio ref={ref} autoplay />;
}
