import { useTranslation } from 'react-i18next';
import type { EvidenceFileFieldsFragment } from '../../generated/graphql';
import { EvidenceFileList } from './EvidenceFileList';
import { EvidencePicker } from './EvidencePicker';
import { useEvidenceUploads } from './useEvidenceUploads';

/** The action's evidence files: how many it offers, those attached to the action itself or to indicator values, and (for those who may write) a picker that sends at once. */
export function ActionEvidence(props: {
  actionRef: string;
  count: number;
  files: readonly EvidenceFileFieldsFragment[];
  canAttach: boolean;
  onSent: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { chosen, setChosen, uploads, sendAll, round } = useEvidenceUploads();
  // Files of status updates and comments show under them; the action's own and the indicator values' show here.
  const own = props.files.filter((file) => !file.statusUpdateId && !file.commentId);
  return (
    <section aria-labelledby="evidence-title" className="evidence">
      <h2 id="evidence-title" data-testid="evidence-count">
        {t('evidence.title', { count: props.count })}
      </h2>
      {own.length === 0 ? <p>{t('evidence.none')}</p> : <EvidenceFileList files={own} />}
      {props.canAttach && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void sendAll(props.actionRef, null).then(props.onSent);
          }}
        >
          <EvidencePicker chosen={chosen} onChoose={setChosen} uploads={uploads} round={round} />
          <button type="submit" disabled={chosen.length === 0}>
            {t('evidence.attachToAction')}
          </button>
        </form>
      )}
    </section>
  );
}
