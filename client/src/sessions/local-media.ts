// The camera and microphone of this browser: opening them with modest settings, and explaining failures in Chinese.

/** 640×360 keeps three participants within two CPU cores (and a phone's uplink). */
export const VIDEO_CONSTRAINTS: MediaTrackConstraints = {
  width: { ideal: 640 },
  height: { ideal: 360 },
  frameRate: { ideal: 24, max: 30 },
};

export const AUDIO_CONSTRAINTS: MediaTrackConstraints = { echoCancellation: true, noiseSuppression: true, autoGainControl: true };

export interface DeviceChoice {
  camId: string;
  micId: string;
}

export function videoConstraints(camId: string): MediaTrackConstraints {
  return camId ? { ...VIDEO_CONSTRAINTS, deviceId: { exact: camId } } : VIDEO_CONSTRAINTS;
}

export function audioConstraints(micId: string): MediaTrackConstraints {
  return micId ? { ...AUDIO_CONSTRAINTS, deviceId: { exact: micId } } : AUDIO_CONSTRAINTS;
}

export function describeMediaError(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return '浏览器未允许使用摄像头或麦克风，请在地址栏的权限设置中允许后刷新页面';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return '没有找到可用的摄像头或麦克风';
  if (name === 'NotReadableError' || name === 'AbortError') return '摄像头或麦克风正被其他程序占用，请关闭其他程序后重试';
  if (!navigator.mediaDevices?.getUserMedia) return '当前浏览器不支持音视频通话，请使用新版 Chrome、Edge、Safari 或微信内置浏览器（需 HTTPS）';
  return '无法打开摄像头或麦克风';
}

/** Camera and microphone together; if that fails, whichever of the two works (one may be missing or busy). */
export async function openLocalMedia(choice: DeviceChoice): Promise<{ stream: MediaStream; error: string | null }> {
  const gum = (c: MediaStreamConstraints) => navigator.mediaDevices.getUserMedia(c);
  try {
    return { stream: await gum({ audio: audioConstraints(choice.micId), video: videoConstraints(choice.camId) }), error: null };
  } catch (both) {
    const message = describeMediaError(both);
    for (const c of [{ audio: audioConstraints(choice.micId) }, { video: videoConstraints(choice.camId) }]) {
      try {
        return { stream: await gum(c), error: message };
      } catch {
        /* try the other one */
      }
    }
    return { stream: new MediaStream(), error: message };
  }
}

/** One track of the given kind from another device. */
export async function openTrack(kind: 'audio' | 'video', deviceId: string): Promise<MediaStreamTrack> {
  const stream = await navigator.mediaDevices.getUserMedia(
    kind === 'audio' ? { audio: audioConstraints(deviceId) } : { video: videoConstraints(deviceId) },
  );
  return stream.getTracks()[0];
}

export async function listDevices(): Promise<{ cams: MediaDeviceInfo[]; mics: MediaDeviceInfo[] }> {
  const all = await navigator.mediaDevices.enumerateDevices().catch(() => [] as MediaDeviceInfo[]);
  return { cams: all.filter((d) => d.kind === 'videoinput'), mics: all.filter((d) => d.kind === 'audioinput') };
}
