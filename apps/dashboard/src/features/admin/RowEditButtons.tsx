import { useTranslation } from 'react-i18next';

/** "Modifier" on a read-only row; "Enregistrer" and "Annuler" while it is being edited. */
export function RowEditButtons({
  editing,
  busy,
  editLabel,
  onEdit,
  onSave,
  onCancel,
}: {
  editing: boolean;
  busy: boolean;
  editLabel: string;
  onEdit: () => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  if (!editing) {
    return (
      <button type="button" className="button--secondary" aria-label={editLabel} onClick={onEdit}>
        {t('admin.edit')}
      </button>
    );
  }
  return (
    <>
      <button type="button" disabled={busy} onClick={onSave}>
        {t('admin.save')}
      </button>
      <button type="button" className="button--secondary" onClick={onCancel}>
        {t('admin.cancel')}
      </button>
    </>
  );
}
