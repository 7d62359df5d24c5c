import { ConfigError } from './app.config';

/** An S3-compatible bucket holding the evidence files' contents (AWS S3, MinIO, Ceph, Scaleway, OVH…). */
export interface EvidenceS3Config {
  /** The service's URL (https://s3.example.ma); null: AWS S3 itself, reached from the region. */
  endpoint: string | null;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Address the bucket in the path (endpoint/bucket/key) rather than as a host name (bucket.endpoint): MinIO and most servers on premises. */
  forcePathStyle: boolean;
}

/** What PNQ_EVIDENCE_STORAGE=s3 cannot do without. */
const REQUIRED = ['PNQ_S3_BUCKET', 'PNQ_S3_REGION', 'PNQ_S3_ACCESS_KEY_ID', 'PNQ_S3_SECRET_ACCESS_KEY'] as const;

/**
 * PNQ_EVIDENCE_STORAGE (postgres, the default, or s3) and, for s3, the PNQ_S3_* settings: every one missing is named
 * in one message at boot, never at the first upload.
 */
export function loadEvidenceS3(env: NodeJS.ProcessEnv): EvidenceS3Config | null {
  const storage = env.PNQ_EVIDENCE_STORAGE?.trim().toLowerCase() || 'postgres';
  if (storage === 'postgres') return null;
  if (storage !== 's3') throw new ConfigError(`PNQ_EVIDENCE_STORAGE must be postgres or s3 (got "${env.PNQ_EVIDENCE_STORAGE}").`);
  const value = (name: string) => env[name]?.trim() || '';
  const missing = REQUIRED.filter((name) => !value(name));
  if (missing.length) throw new ConfigError(`PNQ_EVIDENCE_STORAGE=s3 needs ${missing.join(', ')} (see docs/runbook.md, "Evidence files").`);
  const endpoint = value('PNQ_S3_ENDPOINT').replace(/\/+$/, '') || null;
  if (endpoint && !/^https?:\/\/[^/\s]+/.test(endpoint)) throw new ConfigError(`PNQ_S3_ENDPOINT must be an http:// or https:// URL (got "${endpoint}").`);
  const pathStyle = value('PNQ_S3_FORCE_PATH_STYLE').toLowerCase();
  if (pathStyle && pathStyle !== 'true' && pathStyle !== 'false') {
    throw new ConfigError(`PNQ_S3_FORCE_PATH_STYLE must be true or false (got "${env.PNQ_S3_FORCE_PATH_STYLE}").`);
  }
  return {
    endpoint,
    bucket: value('PNQ_S3_BUCKET'),
    region: value('PNQ_S3_REGION'),
    accessKeyId: value('PNQ_S3_ACCESS_KEY_ID'),
    secretAccessKey: env.PNQ_S3_SECRET_ACCESS_KEY!,
    forcePathStyle: pathStyle ? pathStyle === 'true' : endpoint !== null,
  };
}
