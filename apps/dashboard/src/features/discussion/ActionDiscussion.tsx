import { isBlankText } from '@pnq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useActionDiscussionQuery, useAddActionCommentMutation, type ActionDiscussionQuery } from '../../generated/graphql';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';
import { EvidenceFileList } from '../evidence/EvidenceFileList';
import { EvidencePicker } from '../evidence/EvidencePicker';
import { useEvidenceUploads } from '../evidence/useEvidenceUploads';
import { RELOADED_AFTER_UPLOADS } from '../evidence/reloaded-after-uploads';

type Entry = NonNullable<ActionDiscussionQuery['action']>['comments'][number];

/** What the comment box is for: a new comment, an answer to one, or the correction of one's own. */
type Target = { as: 'NEW' } | { as: 'REPLY' | 'CORRECTION'; entry: Entry };

/**
 * An action's discussion: every entry, oldest first, answers under what they answer; a corrected entry stays, marked
 * corrected. Text is shown as written (React escapes it: markup is never interpreted). Owners, partners and the
 * secretariat write (@ACRONYM or @e-mail mentions notify); viewers read.
 */
export function ActionDiscussion({ actionRef }: { actionRef: string }) {
  const { t } = useTranslation();
  const { data, refetch } = useActionDiscussionQuery({ variables: { ref: actionRef }, fetchPolicy: 'cache-and-network', ...RELOADED_AFTER_UPLOADS });
  const [target, setTarget] = useState<Target>({ as: 'NEW' });
  const action = data?.action;
  if (!action) return null;
  const entries = [...action.comments].reverse();
  const roots = entries.filter((e) => !e.replyToId);
  const answersTo = (id: string) => entries.filter((e) => e.replyToId === id);
  const box = (
    <CommentBox
      key={target.as === 'NEW' ? 'new' : `${target.as}-${target.entry.id}`}
      actionRef={actionRef}
      target={target}
      onCancel={() => setTarget({ as: 'NEW' })}
      onSaved={async () => {
        setTarget({ as: 'NEW' });
        await refetch();
      }}
    />
  );
  const renderEntry = (entry: Entry) => (
    <li key={entry.id} className={entry.correctedById ? 'discussion__entry discussion__entry--corrected' : 'discussion__entry'} data-testid="discussion-entry">
      <p className="hint">
        {t('discussion.by', { name: entry.author?.name ?? '?', date: new Date(entry.enteredAt).toLocaleString() })}
        {entry.correctsId && <> · {t('discussion.correction')}</>}
        {entry.correctedById && <> · {t('discussion.corrected')}</>}
      </p>
      <p className="discussion__text">{entry.comment}</p>
      <EvidenceFileList files={action.evidenceFiles.filter((file) => file.commentId === entry.id)} />
      {action.viewerCanComment && (
        <p>
          <button type="button" className="link-button" onClick={() => setTarget({ as: 'REPLY', entry })}>
            {t('discussion.reply')}
          </button>
          {entry.viewerIsAuthor && !entry.correctedById && (
            <>
              {' · '}
              <button type="button" className="link-button" onClick={() => setTarget({ as: 'CORRECTION', entry })}>
                {t('discussion.correct')}
              </button>
            </>
          )}
        </p>
      )}
      {target.as !== 'NEW' && target.entry.id === entry.id && box}
      {answersTo(entry.id).length > 0 && <ol className="discussion__answers">{answersTo(entry.id).map(renderEntry)}</ol>}
    </li>
  );
  return (
    <section aria-labelledby="discussion-title" className="discussion">
      <h2 id="discussion-title">{t('discussion.title', { count: entries.length })}</h2>
      {entries.length === 0 ? <p>{t('discussion.empty')}</p> : <ol data-testid="discussion">{roots.map(renderEntry)}</ol>}
      {action.viewerCanComment ? (
        target.as === 'NEW' && box
      ) : (
        <p className="hint" data-testid="discussion-read-only">
          {t('discussion.readOnly')}
        </p>
      )}
    </section>
  );
}

function CommentBox({ actionRef, target, onCancel, onSaved }: { actionRef: string; target: Target; onCancel: () => void; onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [text, setText] = useState(target.as === 'CORRECTION' ? target.entry.comment : '');
  const [add, { loading, error }] = useAddActionCommentMutation();
  const files = useEvidenceUploads();
  const label = t(target.as === 'NEW' ? 'discussion.new' : target.as === 'REPLY' ? 'discussion.replyTo' : 'discussion.correctionOf', {
    name: target.as === 'NEW' ? '' : (target.entry.author?.name ?? '?'),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const reference = target.as === 'REPLY' ? { replyToId: target.entry.id } : target.as === 'CORRECTION' ? { correctsId: target.entry.id } : {};
    const result = await add({ variables: { input: { ref: actionRef, comment: text, ...reference } } }).catch(() => null);
    if (result?.data) {
      // The files chosen go with the comment just written: the newest of one's own entries.
      const mine = result.data.addActionComment.comments.filter((c) => c.viewerIsAuthor).map((c) => c.id);
      const newest = mine.sort((a, b) => Number(b) - Number(a))[0];
      if (newest && files.chosen.length > 0) await files.sendAll(actionRef, { comment: newest });
      setText('');
      await onSaved();
    }
  };
  return (
    <form className="discussion__box" onSubmit={(e) => void submit(e)}>
      <label>
        {label}
        <textarea rows={3} value={text} maxLength={5000} onChange={(e) => setText(e.target.value)} aria-describedby="discussion-hint" />
      </label>
      <p className="hint" id="discussion-hint">
        {t('discussion.mentionHint')}
      </p>
      <EvidencePicker chosen={files.chosen} onChoose={files.setChosen} uploads={files.uploads} round={files.round} />
      <MutationErrorMessage error={error} />
      <button type="submit" disabled={loading || isBlankText(text)}>
        {t('discussion.send')}
      </button>
      {target.as !== 'NEW' && (
        <button type="button" onClick={onCancel}>
          {t('discussion.cancel')}
        </button>
      )}
    </form>
  );
}
