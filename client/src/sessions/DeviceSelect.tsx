// Camera or microphone choice, as in the lobby and the in-session device dialog.
const NAMES = { video: '摄像头', audio: '麦克风' } as const;

export function DeviceSelect({
  id,
  kind,
  devices,
  value,
  onChange,
}: {
  id: string;
  kind: 'video' | 'audio';
  devices: MediaDeviceInfo[];
  value: string;
  onChange: (deviceId: string) => void;
}) {
  const name = NAMES[kind];
  return (
    <div class="field">
      <label for={id}>{name}</label>
      <select id={id} value={value} disabled={!devices.length} onChange={(e) => onChange(e.currentTarget.value)}>
        {!devices.length && <option value="">未检测到{name}</option>}
        {devices.map((d, i) => (
          <option key={d.deviceId} value={d.deviceId}>
            {d.label || `${name} ${i + 1}`}
          </option>
        ))}
      </select>
    </div>
  );
}
