import type { RuleViolation } from '../tracking/validate-status-update';

/**
 * The documents and images accepted as evidence, by the type detected from their content (never from the name or
 * the browser's word): PDF, Word and Excel (Office Open XML; the older binary .doc/.xls), OpenDocument text,
 * spreadsheet and presentation, PNG and JPEG. Anything else — an executable, HTML, SVG (it can carry scripts), an
 * archive, an unknown format — is refused. Each type lists the name endings it may carry.
 */
export const EVIDENCE_TYPES = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/x-cfb': ['doc', 'xls'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
} as const satisfies Record<string, readonly string[]>;
export type EvidenceMimeType = keyof typeof EVIDENCE_TYPES;

/** The type a detector read from the first bytes; null when it recognised nothing (plain text, HTML, SVG …). */
export interface DetectedType {
  mime: string;
}

const extensionOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Whether content of the detected type may be kept under this (sanitised) name: the type must be one of
 * EVIDENCE_TYPES (`FILE_TYPE_NOT_ALLOWED`), and the name must end as that type does (`FILE_TYPE_MISMATCH`: an
 * executable or an image renamed `.pdf` is disguised, and would open in another program than its name says).
 */
export function evidenceTypeViolation(detected: DetectedType | null, fileName: string): RuleViolation | null {
  const endings: readonly string[] | undefined = detected ? EVIDENCE_TYPES[detected.mime as EvidenceMimeType] : undefined;
  if (!detected || !endings)
    return {
      code: 'FILE_TYPE_NOT_ALLOWED',
      message: `This file is not an accepted document or image (${detected?.mime ?? 'unrecognised content'}): send a PDF, Word, Excel, OpenDocument, PNG or JPEG file.`,
    };
  if (!endings.includes(extensionOf(fileName)))
    return {
      code: 'FILE_TYPE_MISMATCH',
      message: `The file is named “${fileName}” but its content is ${detected.mime}: rename it .${endings[0]} if that is what it is.`,
    };
  return null;
}

export interface EvidenceLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** What one organisation's files may add up to, in bytes (withdrawn files still count: they are kept). */
  organisationQuotaBytes: number;
}

/** Whether a file of this size fits the per-file limit and what its organisation has stored already. */
export function evidenceSizeViolation(size: number, storedByOrganisation: number, limits: EvidenceLimits): RuleViolation | null {
  if (size === 0) return { code: 'FILE_REQUIRED', message: 'The file is empty.' };
  if (size > limits.maxFileBytes)
    return { code: 'FILE_TOO_LARGE', message: `The file is larger than ${formatMegabytes(limits.maxFileBytes)}, the largest accepted.` };
  if (storedByOrganisation + size > limits.organisationQuotaBytes)
    return {
      code: 'EVIDENCE_QUOTA_EXCEEDED',
      message: `Your organisation's files would exceed ${formatMegabytes(limits.organisationQuotaBytes)}: ask the secretariat to raise the quota.`,
    };
  return null;
}

const formatMegabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

const UNSAFE_IN_NAME = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>:"/\\|?*]/gu;
export const EVIDENCE_NAME_MAX_LENGTH = 120;

/**
 * A file name safe to store and to offer again in a download: the last path segment only, without control,
 * invisible or bidirectional characters (U+202E could show `gpj.exe` as `exe.jpg`) or characters file systems
 * refuse, without leading dots or surrounding spaces, at most 120 characters keeping the extension (lower case);
 * nothing left: « fichier ».
 */
export function sanitiseFileName(raw: string): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment.normalize('NFC').replace(UNSAFE_IN_NAME, '').replace(/\s+/gu, ' ').trim().replace(/^\.+/u, '').trim();
  const extension = extensionOf(cleaned);
  const stem = extension ? cleaned.slice(0, -(extension.length + 1)).trim() : cleaned;
  const suffix = extension ? `.${extension.slice(0, 10)}` : '';
  const shortStem = [...stem].slice(0, EVIDENCE_NAME_MAX_LENGTH - suffix.length).join('');
  return `${shortStem || 'fichier'}${suffix}`;
}
