import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadState } from './useEvidenceUploads';

/** What the file chooser offers: the accepted documents, and the phone's photos (camera roll or camera). */
export const EVIDENCE_ACCEPT =
  '.pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.odp,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file chooser of a form (several files), and each chosen file's upload: a progress bar, then sent or refused (worded by its code). */
export function EvidencePicker({
  chosen,
  onChoose,
  uploads,
  round,
}: {
  chosen: File[];
  onChoose: (files: File[]) => void;
  uploads: UploadState[];
  round: number;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="evidence-picker">
      <label>
        {t('evidence.choose')}
        <input key={round} type="file" multiple accept={EVIDENCE_ACCEPT} aria-describedby={hintId} onChange={(e) => onChoose([...(e.target.files ?? [])])} />
      </label>
      <p className="hint" id={hintId}>
        {chosen.length > 0 ? t('evidence.chosen', { count: chosen.length }) : t('evidence.hint')}
      </p>
      <UploadProgress uploads={uploads} />
    </div>
  );
}

export function UploadProgress({ uploads }: { uploads: UploadState[] }) {
  const { t } = useTranslation();
  if (uploads.length === 0) return null;
  return (
    <ul className="evidence-uploads" aria-live="polite" data-testid="evidence-uploads">
      {uploads.map((upload, index) => (
        <li key={`${upload.name}-${index}`}>
          {upload.outcome === 'SENDING' ? (
            <label>
              {t('evidence.sending', { name: upload.name })} <progress max={100} value={upload.percent} />
            </label>
          ) : upload.outcome === 'SENT' ? (
            t('evidence.sent', { name: upload.name })
          ) : (
            <span role="alert" className="form-error">
              {t('evidence.refused', { name: upload.name, reason: t(`errors.${upload.outcome.code}`, { defaultValue: upload.outcome.message }) })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
