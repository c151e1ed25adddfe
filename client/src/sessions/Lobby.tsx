import { ReadAloud } from '../elder/ReadAloud';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Notice } from '../ui/Notice';
import { DeviceSelect } from './DeviceSelect';
import { Icon } from './icons';
import { listDevices, openLocalMedia } from './local-media';
import type { JoinOptions } from './session-controller';
import { VideoView } from './VideoView';

/** 0–1 loudness of a microphone track, updated about ten times a second. */
export function useMicLevel(track: MediaStreamTrack | null): number {
  const [level, setLevel] = useState(0);
  useEffect(() => {
    if (!track) return;
    const ctx = new AudioContext();
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 512;
    ctx.createMediaStreamSource(new MediaStream([track])).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    // Browsers start an AudioContext suspended until the user touches the page.
    const wake = () => void ctx.resume();
    document.addEventListener('pointerdown', wake);
    let last = 0;
    let shown = 0;
    let frame = requestAnimationFrame(function tick(now) {
      frame = requestAnimationFrame(tick);
      if (now - last < 100) return;
      last = now;
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      // Loudness in dBFS mapped from -60…0 to 0…1, falling back slowly so that short syllables stay visible.
      const db = 10 * Math.log10(sum / samples.length || 1e-10);
      shown = Math.max(Math.min(1, Math.max(0, (db + 60) / 60)), shown * 0.8);
      setLevel(shown);
    });
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('pointerdown', wake);
      void ctx.close();
    };
  }, [track]);
  return level;
}

export function MicMeter({ track }: { track: MediaStreamTrack | null }) {
  const level = useMicLevel(track);
  const pct = Math.round(level * 100);
  return (
    <div class="mic-meter" role="meter" aria-label="麦克风音量" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
      <span style={{ width: `${pct}%` }} />
    </div>
  );
}

/** Camera and microphone check before entering: preview, device choice, a level meter. */
/** What read-aloud says in the lobby: the three things to do before entering. */
const LOBBY_SPEECH =
  '进入调解室之前，请先检查设备。第一，看一看摄像头画面里能不能看到自己。第二，说几句话，看音量条有没有跳动。' +
  '第三，点击页面下方的“进入调解室”按钮。调解过程不公开，请在安静、私密的地方参加。';

export function Lobby({ onJoin }: { onJoin: (options: JoinOptions) => void }) {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [devices, setDevices] = useState<{ cams: MediaDeviceInfo[]; mics: MediaDeviceInfo[] }>({ cams: [], mics: [] });
  const [camId, setCamId] = useState('');
  const [micId, setMicId] = useState('');
  const [cam, setCam] = useState(true);
  const [mic, setMic] = useState(true);
  const handedOver = useRef(false);

  useEffect(() => {
    let cancelled = false;
    let opened: MediaStream | null = null;
    void openLocalMedia({ camId, micId }).then(async (result) => {
      opened = result.stream;
      if (cancelled) return result.stream.getTracks().forEach((t) => t.stop());
      setStream(result.stream);
      setError(result.error);
      // Labels are only readable once permission is given, so list devices after opening them.
      setDevices(await listDevices());
    });
    return () => {
      cancelled = true;
      if (!handedOver.current) opened?.getTracks().forEach((t) => t.stop());
    };
  }, [camId, micId]);

  const video = stream?.getVideoTracks()[0] ?? null;
  const audio = stream?.getAudioTracks()[0] ?? null;
  const currentCam = camId || video?.getSettings().deviceId || '';
  const currentMic = micId || audio?.getSettings().deviceId || '';

  function join() {
    if (!stream) return;
    handedOver.current = true;
    onJoin({ stream, mic, cam });
  }

  return (
    <section class="card lobby" aria-labelledby="lobby-title">
      <h2 id="lobby-title">进入前检查设备</h2>
      <ReadAloud text={LOBBY_SPEECH} label="朗读操作说明" />
      <div class="lobby-grid">
        <div class="lobby-preview">
          <div class="tile tile-self">
            {video && cam ? (
              <VideoView stream={stream} mirrored label="摄像头预览" />
            ) : (
              <div class="tile-avatar" aria-hidden="true">
                <Icon name="camOff" size={40} />
              </div>
            )}
            <span class="tile-label">
              <span class="tile-name">{cam ? '摄像头预览' : '摄像头已关闭'}</span>
            </span>
          </div>
        </div>
        <div class="lobby-form">
          {error && <Notice kind="warn">{error}</Notice>}
          <DeviceSelect id="lobby-cam" kind="video" devices={devices.cams} value={currentCam} onChange={setCamId} />
          <DeviceSelect id="lobby-mic" kind="audio" devices={devices.mics} value={currentMic} onChange={setMicId} />
          <div class="field">
            <span class="field-label" id="lobby-level">麦克风检测</span>
            <MicMeter track={audio} />
            <p class="field-hint">{audio ? '请说几句话，音量条跳动即表示麦克风正常' : '没有可用的麦克风'}</p>
          </div>
          <div class="lobby-toggles">
            <label class="check">
              <input type="checkbox" checked={cam} disabled={!video} onChange={(e) => setCam(e.currentTarget.checked)} />
              进入时开启摄像头
            </label>
            <label class="check">
              <input type="checkbox" checked={mic} disabled={!audio} onChange={(e) => setMic(e.currentTarget.checked)} />
              进入时开启麦克风
            </label>
          </div>
          <button type="button" class="btn btn-primary btn-block" disabled={!stream} onClick={join}>
            进入调解室
          </button>
          <p class="field-hint lobby-privacy">
            <Icon name="lock" size={14} /> 调解过程不公开，请在安静、私密的环境中参加。
          </p>
        </div>
      </div>
    </section>
  );
}
