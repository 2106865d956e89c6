import { Button, Image } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { compressImage } from '@village/web';

/** One chosen photo, already made small on the phone, with a preview. */
export interface PickedPhoto {
  id: string;
  file: File;
  previewUrl: string;
}

export const MAX_PHOTOS = 5;
/** The API takes at most 2 MB of evidence in one declaration. */
export const MAX_TOTAL_BYTES = 2 * 1024 * 1024;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A compressed photo as a File with a name that matches its type (the phone's .heic/.png becomes .jpg). */
async function shrink(file: File): Promise<File> {
  const blob = await compressImage(file);
  if (blob === file) return file;
  const type = blob.type || file.type;
  const name = type === 'image/jpeg' ? file.name.replace(/\.\w+$/, '') + '.jpg' : file.name;
  return new File([blob], name, { type });
}

/**
 * Photos from the camera (capture) or the gallery. Each is compressed as soon as it is chosen, so the
 * preview shows what will be sent and the size check is on the small file.
 */
export function PhotoPicker({
  value = [],
  onChange,
}: {
  value?: PickedPhoto[];
  onChange?: (photos: PickedPhoto[]) => void;
}) {
  const camera = useRef<HTMLInputElement>(null);
  const gallery = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(value);
  latest.current = value;

  // Preview URLs are released when the picker goes away.
  useEffect(() => () => latest.current.forEach((p) => URL.revokeObjectURL(p.previewUrl)), []);

  async function add(files: FileList | null) {
    if (!files || files.length === 0) return;
    setProblem(null);
    setBusy(true);
    try {
      const room = MAX_PHOTOS - latest.current.length;
      const chosen = [...files].slice(0, Math.max(0, room));
      if (files.length > room) setProblem(`最多 ${MAX_PHOTOS} 张照片`);
      const added: PickedPhoto[] = [];
      for (const f of chosen) {
        if (!f.type.startsWith('image/') && f.type !== 'application/pdf') {
          setProblem('只能上传照片（JPG、PNG）或 PDF 文件');
          continue;
        }
        const file = await shrink(f);
        added.push({ id: crypto.randomUUID(), file, previewUrl: URL.createObjectURL(file) });
      }
      const next = [...latest.current, ...added];
      const total = next.reduce((n, p) => n + p.file.size, 0);
      if (total > MAX_TOTAL_BYTES) {
        added.forEach((p) => URL.revokeObjectURL(p.previewUrl));
        setProblem(`照片合计不能超过 2 MB（现在 ${sizeText(total)}），请少选几张`);
        return;
      }
      onChange?.(next);
    } finally {
      setBusy(false);
      if (camera.current) camera.current.value = '';
      if (gallery.current) gallery.current.value = '';
    }
  }

  function remove(photo: PickedPhoto) {
    URL.revokeObjectURL(photo.previewUrl);
    onChange?.(value.filter((p) => p.id !== photo.id));
  }

  return (
    <div>
      <div className="tap-row">
        <Button onClick={() => camera.current?.click()} loading={busy} disabled={value.length >= MAX_PHOTOS}>
          拍照
        </Button>
        <Button onClick={() => gallery.current?.click()} loading={busy} disabled={value.length >= MAX_PHOTOS}>
          从相册选
        </Button>
      </div>
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        aria-label="拍照上传"
        className="visually-hidden"
        onChange={(e) => void add(e.target.files)}
      />
      <input
        ref={gallery}
        type="file"
        accept="image/*,application/pdf"
        multiple
        aria-label="从相册选择照片"
        className="visually-hidden"
        onChange={(e) => void add(e.target.files)}
      />
      {problem && (
        <p role="alert" className="points-minus">
          {problem}
        </p>
      )}
      {value.length > 0 && (
        <ul className="photo-list" aria-label="已选照片">
          {value.map((p, i) => (
            <li key={p.id}>
              {p.file.type.startsWith('image/') ? (
                <Image src={p.previewUrl} width={96} height={96} fit="cover" alt={`照片 ${i + 1} 预览`} />
              ) : (
                <span>{p.file.name}</span>
              )}
              <span className="muted">{sizeText(p.file.size)}</span>
              <Button size="mini" color="danger" fill="outline" onClick={() => remove(p)}>
                删除第 {i + 1} 张
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
