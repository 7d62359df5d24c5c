import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@pnq/domain';

/** The entry of the action a file goes with (none: the action itself). */
export type EvidenceEntry = { statusUpdate: string } | { comment: string } | { indicatorValue: string } | null;

export type UploadOutcome = { ok: true; id: number } | { ok: false; code: string; message: string };

/**
 * Sends one file to an action (or one of its entries) with XMLHttpRequest, which reports the upload's progress
 * (fetch does not); the server answers 201 with the file, or a coded refusal (type, size, quota, rights).
 */
export function uploadEvidence(actionRef: string, entry: EvidenceEntry, file: File, onProgress: (percent: number) => void): Promise<UploadOutcome> {
  const query = entry ? `?${new URLSearchParams(entry as Record<string, string>).toString()}` : '';
  const form = new FormData();
  form.append('file', file, file.name);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/evidence/actions/${encodeURIComponent(actionRef)}${query}`);
    request.setRequestHeader(CSRF_HEADER, CSRF_HEADER_VALUE);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => {
      let body: { id?: number; code?: string; message?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // not JSON: said by the status below
      }
      if (request.status === 201 && body.id) resolve({ ok: true, id: body.id });
      else resolve({ ok: false, code: body.code ?? 'INTERNAL_SERVER_ERROR', message: body.message ?? `HTTP ${request.status}` });
    };
    request.onerror = () => resolve({ ok: false, code: 'NETWORK_ERROR', message: 'The file could not be sent (network).' });
    request.send(form);
  });
}
