import { CSRF_HEADER, CSRF_HEADER_VALUE, type ImportResult } from '@pnq/domain';

/** Downloads and uploads of the file routes (/reports, /exports, /imports), with the session cookie and coded errors. */

export class FileRouteError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

async function failure(response: Response): Promise<FileRouteError> {
  const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
  return new FileRouteError(body?.code ?? `HTTP_${response.status}`, body?.message ?? response.statusText, body);
}

/** The file name the server gave in Content-Disposition, else the fallback. */
function fileNameOf(response: Response, fallback: string): string {
  return /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback;
}

/**
 * Fetches a file and hands it to the browser as a download. onProgress gets null while the server builds it,
 * then the share received (0–1) when its size is known.
 */
export async function downloadFile(url: string, fallbackName: string, onProgress: (share: number | null) => void): Promise<string> {
  onProgress(null);
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw await failure(response);
  const total = Number(response.headers.get('content-length')) || 0;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    if (total) onProgress(received / total);
  }
  const name = fileNameOf(response, fallbackName);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? 'application/octet-stream' }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return name;
}

/**
 * Sends a filled template to check (dry-run) or to apply with the fingerprint the check returned (the server allows
 * one apply per check it recorded). The CSRF header tells the server the request comes from these pages.
 */
export async function sendImport(file: File, mode: ImportResult['mode'], fileHash?: string): Promise<{ status: number; result: ImportResult }> {
  const form = new FormData();
  form.append('mode', mode);
  if (fileHash) form.append('fileHash', fileHash);
  form.append('file', file);
  const response = await fetch('/imports/template', { method: 'POST', body: form, credentials: 'same-origin', headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE } });
  if (response.status !== 200 && response.status !== 422) throw await failure(response);
  return { status: response.status, result: (await response.json()) as ImportResult };
}
