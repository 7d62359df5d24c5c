import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { EvidenceLimits, evidenceSizeViolation, evidenceTypeViolation } from '@pnq/domain';
import { ruleViolated } from '../../common/errors/domain-error';
import { EVIDENCE_PIECE_BYTES } from './evidence-storage';

/** How much of the beginning the type detector reads (file-type needs 4100 bytes; Office files a little more). */
const SNIFF_BYTES = 64 * 1024;

/**
 * What an upload turned out to be, filled in while its pieces pass: the type detected from the first bytes, the size
 * and the SHA-256 of the whole. The pieces stop with a coded error as soon as the content is not an accepted type
 * (FILE_TYPE_NOT_ALLOWED, FILE_TYPE_MISMATCH) or passes the size allowed (FILE_TOO_LARGE, EVIDENCE_QUOTA_EXCEEDED);
 * an empty file is FILE_REQUIRED. Memory: at most one piece and the sniffed beginning, whatever the file's size.
 */
export class EvidenceIntake {
  mime = '';
  size = 0;
  private readonly hash = createHash('sha256');

  constructor(
    private readonly name: string,
    private readonly limits: EvidenceLimits,
    private readonly storedByOrganisation: number,
  ) {}

  get sha256(): string {
    return this.hash.digest('hex');
  }

  async *pieces(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    const allowed = Math.min(this.limits.maxFileBytes, this.limits.organisationQuotaBytes - this.storedByOrganisation);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let sniffed = false;
    for await (const chunk of source) {
      this.size += chunk.length;
      if (this.size > allowed) this.refuseSize();
      this.hash.update(chunk);
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (!sniffed && pendingBytes >= SNIFF_BYTES) sniffed = await this.sniff(Buffer.concat(pending));
      while (sniffed && pendingBytes >= EVIDENCE_PIECE_BYTES) {
        const joined = Buffer.concat(pending);
        yield joined.subarray(0, EVIDENCE_PIECE_BYTES);
        pending = [joined.subarray(EVIDENCE_PIECE_BYTES)];
        pendingBytes = pending[0].length;
      }
    }
    if (this.size === 0) this.refuseSize();
    if (!sniffed) await this.sniff(Buffer.concat(pending));
    if (pendingBytes > 0) yield Buffer.concat(pending);
  }

  private async sniff(head: Buffer): Promise<true> {
    const detected = await fileTypeFromBuffer(head.subarray(0, SNIFF_BYTES));
    const violation = evidenceTypeViolation(detected ? { mime: detected.mime } : null, this.name);
    if (violation) throw ruleViolated(violation);
    this.mime = detected!.mime;
    return true;
  }

  private refuseSize(): never {
    throw ruleViolated(evidenceSizeViolation(this.size, this.storedByOrganisation, this.limits)!);
  }
}
