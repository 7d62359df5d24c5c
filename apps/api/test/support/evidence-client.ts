import { IncomingMessage, request } from 'node:http';
import { once } from 'node:events';
import { CSRF_HEADERS } from './import-client';

export interface EvidenceUploadBody {
  id?: number;
  name?: string;
  mime?: string;
  sizeBytes?: number;
  sha256?: string;
  code?: string;
  message?: string;
}

/** Sends one file to an action as the dashboard does (multipart `file`, the CSRF header). */
export async function postEvidence(
  baseUrl: string,
  cookie: string | null,
  ref: string,
  name: string,
  contents: Uint8Array,
  headers: Record<string, string> = CSRF_HEADERS,
): Promise<{ status: number; body: EvidenceUploadBody }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(contents)]), name);
  const [action, query] = ref.split('?'); // `2-4.1.2?statusUpdate=12`: the entry it goes with
  const response = await fetch(`${baseUrl}/evidence/actions/${encodeURIComponent(action)}${query ? `?${query}` : ''}`, {
    method: 'POST',
    body: form,
    headers: { ...headers, ...(cookie ? { cookie } : {}) },
  });
  return { status: response.status, body: (await response.json()) as EvidenceUploadBody };
}

/**
 * The same upload with the body produced piece by piece (nothing whole in the test's memory either): the multipart
 * envelope around the pieces `contents` yields.
 */
export async function postEvidenceStream(
  baseUrl: string,
  cookie: string,
  ref: string,
  name: string,
  contents: AsyncIterable<Uint8Array>,
  signal?: AbortSignal,
): Promise<{ status: number; body: EvidenceUploadBody }> {
  const boundary = `----pnq${Date.now()}`;
  const encoder = new TextEncoder();
  async function* envelope() {
    yield encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    yield* contents;
    yield encoder.encode(`\r\n--${boundary}--\r\n`);
  }
  const response = await fetch(`${baseUrl}/evidence/actions/${encodeURIComponent(ref)}`, {
    method: 'POST',
    body: envelope() as unknown as BodyInit, // Node's fetch sends an async iterable piece by piece
    headers: { ...CSRF_HEADERS, cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
    duplex: 'half',
    signal,
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as EvidenceUploadBody };
}

/**
 * The same upload sent with node:http, each piece written when the previous one has left (backpressure): the client
 * holds one piece at a time, so a memory measure of the process it shares with the API is the API's (Node's fetch
 * keeps what an async-iterable body yields: about 1 MB held per MB sent).
 */
export async function postEvidenceWritten(
  baseUrl: string,
  cookie: string,
  ref: string,
  name: string,
  contents: AsyncIterable<Uint8Array>,
): Promise<{ status: number; body: EvidenceUploadBody }> {
  const boundary = `----pnq${Date.now()}`;
  const url = new URL(`${baseUrl}/evidence/actions/${encodeURIComponent(ref)}`);
  const sending = request(url, { method: 'POST', headers: { ...CSRF_HEADERS, cookie, 'content-type': `multipart/form-data; boundary=${boundary}` } });
  const answered = once(sending, 'response') as Promise<[IncomingMessage]>;
  const write = async (piece: Uint8Array | string) => {
    if (!sending.write(piece)) await once(sending, 'drain');
  };
  await write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  for await (const piece of contents) await write(piece);
  sending.end(`\r\n--${boundary}--\r\n`);
  const [response] = await answered;
  let text = '';
  for await (const chunk of response) text += String(chunk);
  return { status: response.statusCode ?? 0, body: JSON.parse(text) as EvidenceUploadBody };
}

/** A small but real PDF (the detector reads its signature). */
export const PDF_BYTES = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** A 1×1 PNG. */
export const PNG_BYTES = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A Windows executable's beginning (MZ header pointing at a PE signature). */
export function executableBytes(): Uint8Array {
  const bytes = Buffer.alloc(1024);
  bytes.write('MZ');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

/** A PDF of exactly `size` bytes: the signature, then filler. */
export function pdfOfSize(size: number): Uint8Array {
  const bytes = Buffer.alloc(size, 0x20);
  Buffer.from(PDF_BYTES).copy(bytes, 0, 0, Math.min(PDF_BYTES.length, size));
  return bytes;
}
