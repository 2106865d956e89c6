/** One evidence file as the API takes it (EvidenceFileInput). */
export interface EvidenceUpload {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

/** Photos are scaled to this long side before upload: readable, and a few hundred kB on a weak network. */
const MAX_SIDE = 1600;
const JPEG_QUALITY = 0.8;

/**
 * A photo from the camera or gallery, made small on the phone: scaled down and re-encoded as JPEG
 * (which also drops the location and other metadata a phone writes into the original). A PDF or a
 * PNG that is already small goes as it is.
 */
export async function compressImage(file: File): Promise<Blob> {
  if (!file.type.startsWith('image/')) return file;
  const bitmap = await createImageBitmap(file).catch(() => null);
  if (!bitmap) return file;
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY),
  );
  if (!blob || (file.type === 'image/png' && file.size <= blob.size)) return file;
  return blob;
}

export async function fileToEvidence(
  file: File,
  options: { compress?: boolean } = {},
): Promise<EvidenceUpload> {
  const content = options.compress === false ? file : await compressImage(file);
  const contentType = content.type || file.type;
  const fileName =
    contentType === 'image/jpeg' && file.type !== 'image/jpeg'
      ? file.name.replace(/\.\w+$/, '') + '.jpg'
      : file.name;
  return { fileName, contentType, contentBase64: await blobToBase64(content) };
}

async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
