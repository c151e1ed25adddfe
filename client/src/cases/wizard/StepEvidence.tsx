import { useId } from 'preact/hooks';
import { t } from '../../i18n';
import { formatBytes } from '../../ui/format';
import { UPLOAD_ACCEPT } from '../../ui/validate';
import { acceptFiles, type FileDraft } from './model';

export function StepEvidence({
  files,
  errors,
  onChange,
  onErrors,
}: {
  files: FileDraft[];
  errors: string[];
  onChange: (files: FileDraft[]) => void;
  onErrors: (errors: string[]) => void;
}) {
  const id = useId();
  return (
    <div class="stack">
      <p class="muted">
        {t('可上传借条、合同、聊天记录截图、照片、录音录像等材料。文件将在申请提交后上传；也可以之后在案件页面补充。')}
      </p>
      <div class={`field${errors.length ? ' field-invalid' : ''}`}>
        <label for={id}>{t('选择文件')}</label>
        <input
          id={id}
          type="file"
          multiple
          accept={UPLOAD_ACCEPT}
          aria-describedby={`${id}-hint${errors.length ? ` ${id}-err` : ''}`}
          onChange={(e) => {
            const input = e.currentTarget;
            const { files: next, errors: errs } = acceptFiles(files, Array.from(input.files ?? []));
            input.value = '';
            onChange(next);
            onErrors(errs);
          }}
        />
        <p class="field-hint" id={`${id}-hint`}>
          {t('支持 PDF、JPG、PNG、WEBP、MP3、M4A、MP4、DOCX、TXT，单个文件不超过 20 MB')}
        </p>
        {errors.length > 0 && (
          <div class="field-error" id={`${id}-err`}>
            {errors.map((e) => (
              <p key={e}>{e}</p>
            ))}
          </div>
        )}
      </div>
      {files.length > 0 && (
        <ul class="file-list" aria-label={t('已选择的文件')}>
          {files.map((f) => (
            <li key={f.key} class="file-item">
              <div class="file-item-head">
                <span class="file-name">{f.file.name}</span>
                <span class="muted">{formatBytes(f.file.size)}</span>
                <button
                  type="button"
                  class="btn btn-small btn-ghost"
                  aria-label={t('移除 {name}', { name: f.file.name })}
                  onClick={() => onChange(files.filter((x) => x.key !== f.key))}
                >
                  {t('移除')}
                </button>
              </div>
              <input
                class="file-desc"
                aria-label={t('{name} 的说明（选填）', { name: f.file.name })}
                placeholder={t('说明（选填），如：借条原件照片')}
                maxLength={200}
                value={f.description}
                onInput={(e) => {
                  const description = e.currentTarget.value;
                  onChange(files.map((x) => (x.key === f.key ? { ...x, description } : x)));
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
