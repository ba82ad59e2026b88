/** What the user handed over: real paths in the desktop app, File objects (uploaded as bytes) in a browser. */
export type Picked =
  { kind: 'path'; path: string; label: string; size?: number } | { kind: 'upload'; file: File; label: string; size: number };

export const pickedKey = (p: Picked): string =>
  p.kind === 'path' ? `path:${p.path}` : `upload:${p.file.name}:${p.file.size}:${p.file.lastModified}`;

export function mergePicked(current: Picked[], more: Picked[]): Picked[] {
  const seen = new Set(current.map(pickedKey));
  const out = [...current];
  for (const p of more) {
    if (seen.has(pickedKey(p))) continue;
    seen.add(pickedKey(p));
    out.push(p);
  }
  return out;
}

export function fileName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/** The file's bytes as base64, read by the browser itself (the bridge's `uploads` input). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`${file.name}: cannot be read (${reader.error?.message ?? 'unknown error'})`));
    reader.readAsDataURL(file);
  });
}
