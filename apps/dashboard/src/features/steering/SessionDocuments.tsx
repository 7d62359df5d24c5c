import { useTranslation } from 'react-i18next';
import { type SessionDocument, useRequestSessionDocumentMutation } from '../../generated/graphql';
import { JobDownloadStatus } from '../reports/JobDownloadStatus';
import { useJobDownload } from '../reports/useJobDownload';

const DOCUMENTS: { document: SessionDocument; label: string; fallbackName: string }[] = [
  { document: 'MEETING_PACK_PDF', label: 'steering.documents.packPdf', fallbackName: 'dossier-de-seance.pdf' },
  { document: 'MEETING_PACK_DOCX', label: 'steering.documents.packDocx', fallbackName: 'dossier-de-seance.docx' },
  { document: 'MINUTES_DOCX', label: 'steering.documents.minutes', fallbackName: 'proces-verbal.docx' },
];

/**
 * A session's documents: the meeting pack (« dossier de séance », PDF or Word) and the minutes (« procès-verbal », Word).
 * The server builds them as jobs (off the request path); the page shows their progress, then downloads them.
 */
export function SessionDocuments({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { progress, job, start, busy } = useJobDownload(t('steering.documents.failed'));
  const [requestDocument] = useRequestSessionDocumentMutation();

  return (
    <section className="no-print" aria-labelledby="session-documents">
      <h2 id="session-documents">{t('steering.documents.title')}</h2>
      <p className="hint">{t('steering.documents.hint')}</p>
      <div className="toolbar">
        {DOCUMENTS.map(({ document, label, fallbackName }) => (
          <button
            key={document}
            type="button"
            disabled={busy}
            onClick={() =>
              void start(async () => (await requestDocument({ variables: { sessionId, document } })).data?.requestSessionDocument.id, fallbackName)
            }
          >
            {t(label)}
          </button>
        ))}
      </div>
      <JobDownloadStatus
        progress={progress}
        job={job}
        words={{
          building: t('steering.documents.building'),
          downloading: t('reports.downloading'),
          done: (name) => t('steering.documents.done', { name }),
        }}
        testId="session-document-progress"
      />
    </section>
  );
}
