import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { EvidenceS3Config } from '../../config/evidence-storage.config';
import { EvidenceStorage } from './evidence-storage';

/** The size of the parts sent to the bucket (S3's smallest part but the last is 5 MiB). */
export const S3_PART_BYTES = 5 * 1024 * 1024;

/**
 * Evidence contents in an S3-compatible bucket, one object per file under `evidence/<uuid>`. Upload: the pieces go
 * out as a multipart upload (@aws-sdk/lib-storage) of 5 MiB parts, one part in flight at a time, so memory holds
 * about two parts whatever the file's size; a file smaller than a part is one PutObject. A failure while sending
 * aborts the multipart upload (nothing is left). Download: GetObject's body, passed on as it arrives.
 */
export class S3EvidenceStorage implements EvidenceStorage {
  readonly kind = 'S3' as const;
  private readonly client: S3Client;
  private readonly logger = new Logger('Evidence');

  constructor(private readonly settings: EvidenceS3Config) {
    this.client = new S3Client({
      endpoint: settings.endpoint ?? undefined,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      // Checksums only where S3 requires them: servers on premises (MinIO, Ceph…) do not all read the newer
      // trailing checksums; every file's SHA-256 is ours anyway (evidence_file.sha256).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  /**
   * A refusal of the contents (a coded error of the intake: type, size, quota) is what the person gets, even when the
   * bucket then fails to abort the parts already sent (logged: the bucket's rule for incomplete multipart uploads
   * removes them; no object is ever made of them).
   */
  async put(pieces: AsyncIterable<Buffer>): Promise<string> {
    const key = `evidence/${randomUUID()}`;
    let refusal: { error: unknown } | null = null;
    async function* watched(): AsyncGenerator<Buffer> {
      try {
        yield* pieces;
      } catch (error) {
        refusal = { error };
        throw error;
      }
    }
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.settings.bucket, Key: key, Body: Readable.from(watched()), ContentType: 'application/octet-stream' },
      partSize: S3_PART_BYTES,
      queueSize: 1,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      if (!refusal) throw error;
      const cause = (refusal as { error: unknown }).error;
      if (error !== cause) this.logger.warn(`the parts sent for ${key} could not be aborted (${error instanceof Error ? error.message : String(error)})`);
      throw cause;
    }
    return key;
  }

  async *get(key: string): AsyncIterable<Buffer> {
    const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
    for await (const chunk of Body as Readable) yield chunk as Buffer;
  }

  async discard(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
  }

  close(): void {
    this.client.destroy();
  }
}
