import { useEffect, useState } from 'preact/hooks';
import { Dialog } from '../ui/Dialog';
import { DeviceSelect } from './DeviceSelect';
import { Icon, type IconName } from './icons';
import { listDevices } from './local-media';
import type { SessionController, SessionView } from './session-controller';

function ControlButton(props: {
  icon: IconName;
  label: string;
  /** A toggle's state (aria-pressed); `off` only colours a device that is switched off. */
  pressed?: boolean;
  off?: boolean;
  danger?: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      class={`control${props.pressed ? ' control-on' : ''}${props.off ? ' control-off' : ''}${props.danger ? ' control-danger' : ''}`}
      aria-pressed={props.pressed}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      <Icon name={props.icon} size={22} />
      <span>{props.label}</span>
    </button>
  );
}

function DeviceDialog({ view, controller, onClose }: { view: SessionView; controller: SessionController; onClose: () => void }) {
  const [devices, setDevices] = useState<{ cams: MediaDeviceInfo[]; mics: MediaDeviceInfo[] }>({ cams: [], mics: [] });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void listDevices().then(setDevices), []);
  const current = (kind: 'audio' | 'video') =>
    (kind === 'audio' ? view.local.getAudioTracks() : view.local.getVideoTracks())[0]?.getSettings().deviceId ?? '';
  const change = (kind: 'audio' | 'video', id: string) =>
    controller.switchDevice(kind, id).then(
      () => setError(null),
      (e) => setError((e as Error).message || '切换设备失败'),
    );
  return (
    <Dialog title="切换设备" onClose={onClose}>
      <DeviceSelect id="switch-cam" kind="video" devices={devices.cams} value={current('video')} onChange={(id) => void change('video', id)} />
      <DeviceSelect id="switch-mic" kind="audio" devices={devices.mics} value={current('audio')} onChange={(id) => void change('audio', id)} />
      {error && <p class="field-error" role="alert">{error}</p>}
      <div class="dialog-actions">
        <button type="button" class="btn btn-primary" onClick={onClose}>
          完成
        </button>
      </div>
    </Dialog>
  );
}

/** The buttons everyone has: mic, camera, devices, audio-only, hand, leave. */
export function ControlBar({ view, controller, onLeave }: { view: SessionView; controller: SessionController; onLeave: () => void }) {
  const [devices, setDevices] = useState(false);
  const hasMic = view.local.getAudioTracks().length > 0;
  const hasCam = view.local.getVideoTracks().length > 0;
  const inRoom = view.phase === 'room';
  return (
    <div class="controls" role="toolbar" aria-label="会议控制">
      <ControlButton
        icon={view.mic ? 'mic' : 'micOff'}
        label={view.mic ? '静音' : '取消静音'}
        off={!view.mic}
        disabled={!hasMic}
        onClick={() => void controller.setMic(!view.mic)}
      />
      <ControlButton
        icon={view.cam ? 'cam' : 'camOff'}
        label={view.cam ? '关闭视频' : '开启视频'}
        off={!view.cam}
        disabled={!hasCam}
        onClick={() => void controller.setCam(!view.cam)}
      />
      <ControlButton icon="settings" label="设备" onClick={() => setDevices(true)} />
      <ControlButton
        icon="headphones"
        label="仅音频"
        pressed={view.audioOnly}
        disabled={!inRoom}
        onClick={() => void controller.setAudioOnly(!view.audioOnly)}
      />
      {view.me?.role !== 'host' && (
        <ControlButton
          icon="hand"
          label="举手"
          pressed={view.handRaised}
          disabled={!inRoom}
          onClick={() => void controller.raiseHand(!view.handRaised).catch(() => undefined)}
        />
      )}
      <ControlButton icon="leave" label="离开" danger onClick={onLeave} />
      {devices && <DeviceDialog view={view} controller={controller} onClose={() => setDevices(false)} />}
    </div>
  );
}
