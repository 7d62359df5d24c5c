import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWithdrawEvidenceFileMutation, type EvidenceFileFieldsFragment } from '../../generated/graphql';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';

/**
 * Evidence files as a list: each downloads (as an attachment), images and PDFs are previewed in the page — an image
 * as an <img> (nothing in it can run), a PDF through the browser's viewer from an inline answer that the server marks
 * nosniff with a CSP allowing nothing. A withdrawn file stays listed with who withdrew it and why, without a link.
 */
export function EvidenceFileList({ files }: { files: readonly EvidenceFileFieldsFragment[] }) {
  if (files.length === 0) return null;
  return (
    <ul className="evidence-files" data-testid="evidence-files">
      {files.map((file) => (
        <EvidenceFileItem key={file.id} file={file} />
      ))}
    </ul>
  );
}

function EvidenceFileItem({ file }: { file: EvidenceFileFieldsFragment }) {
  const { t } = useTranslation();
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [withdraw, { loading, error }] = useWithdrawEvidenceFileMutation();
  const kilobytes = Math.max(1, Math.round(file.sizeBytes / 1024));
  if (file.withdrawal) {
    return (
      <li className="evidence-file evidence-file--withdrawn" data-testid="evidence-file">
        <span>{file.name}</span>{' '}
        <span className="hint">
          {t('evidence.withdrawn', {
            date: new Date(file.withdrawal.withdrawnAt).toLocaleString(),
            name: file.withdrawal.withdrawnBy?.name ?? '?',
            reason: file.withdrawal.reason,
          })}
        </span>
      </li>
    );
  }
  return (
    <li className="evidence-file" data-testid="evidence-file">
      <a href={file.downloadUrl} download={file.name} aria-label={t('evidence.download', { name: file.name })}>
        {file.name}
      </a>{' '}
      <span className="hint">
        {t('evidence.size', { size: kilobytes })} · {t('evidence.by', { name: file.author?.name ?? '?', date: new Date(file.enteredAt).toLocaleString() })}
      </span>
      {file.mime.startsWith('image/') && (
        <img className="evidence-file__preview" src={file.downloadUrl} alt={t('evidence.preview', { name: file.name })} loading="lazy" />
      )}
      {file.mime === 'application/pdf' && (
        <object
          className="evidence-file__preview"
          data={`${file.downloadUrl}?inline=1`}
          type="application/pdf"
          aria-label={t('evidence.preview', { name: file.name })}
        >
          <a href={file.downloadUrl}>{file.name}</a>
        </object>
      )}
      {file.viewerCanWithdraw &&
        (withdrawing ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void withdraw({ variables: { input: { id: file.id, reason } } }).catch(() => null);
            }}
          >
            <label>
              {t('evidence.withdrawReason', { name: file.name })}
              <input type="text" value={reason} maxLength={500} required onChange={(e) => setReason(e.target.value)} />
            </label>
            <MutationErrorMessage error={error} />
            <button type="submit" disabled={loading || reason.trim() === ''}>
              {t('evidence.confirmWithdraw')}
            </button>
            <button type="button" onClick={() => setWithdrawing(false)}>
              {t('evidence.cancel')}
            </button>
          </form>
        ) : (
          <button type="button" className="link-button" onClick={() => setWithdrawing(true)}>
            {t('evidence.withdraw')}
          </button>
        ))}
    </li>
  );
}
