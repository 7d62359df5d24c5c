import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddActionDependencyMutation, useRemoveActionDependencyMutation } from '../../generated/graphql';
import { ReplanningError } from './ReplanningError';

/** The secretariat links the action to one it waits for (a cycle is refused, named), or removes a link. */
export function DependencyForm({ actionRef, predecessorRefs, onSaved }: { actionRef: string; predecessorRefs: string[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const [predecessorRef, setPredecessorRef] = useState('');
  const [note, setNote] = useState('');
  const [add, added] = useAddActionDependencyMutation();
  const [remove, removed] = useRemoveActionDependencyMutation();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void add({ variables: { input: { dependentRef: actionRef, predecessorRef: predecessorRef.trim(), note: note.trim() || null } } })
      .then(() => {
        setPredecessorRef('');
        setNote('');
        onSaved();
      })
      .catch(() => undefined);
  };

  return (
    <form className="panel-form" onSubmit={submit} data-testid="dependency-form" aria-label={t('replanning.link.title')}>
      {predecessorRefs.length > 0 && (
        <div className="button-row">
          {predecessorRefs.map((ref) => (
            <button
              key={ref}
              type="button"
              className="button--ghost"
              onClick={() =>
                void remove({ variables: { input: { dependentRef: actionRef, predecessorRef: ref } } })
                  .then(onSaved)
                  .catch(() => undefined)
              }
            >
              {t('replanning.link.remove', { ref })}
            </button>
          ))}
        </div>
      )}
      <label>
        <span>{t('replanning.link.predecessor')}</span>
        <input required pattern="[1-9]-\d{1,2}\.\d{1,2}\.\d{1,2}" value={predecessorRef} onChange={(event) => setPredecessorRef(event.target.value)} />
      </label>
      <label>
        <span>{t('replanning.link.note')}</span>
        <input maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button type="submit" disabled={added.loading || removed.loading}>
        {t('replanning.link.add')}
      </button>
      <ReplanningError error={added.error ?? removed.error} />
    </form>
  );
}
