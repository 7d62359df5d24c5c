import { errorText } from '../shared/error-text';
import { ButtonWithReason } from '@pnq/ui';
import type { ImportResult } from '@pnq/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportContextQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { downloadFile, sendImport } from '../files/file-transfer';
import { PageState } from '../shared/PageState';
import { ScrollBox } from '../shared/ScrollBox';

/** Editors and the secretariat: download an organisation's update template, check a filled one row by row, then apply it all at once. */
export default function ImportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useImportContextQuery();
  const me = data?.me;
  const [organisation, setOrganisation] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<ImportResult | null>(null);
  const [outcome, setOutcome] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isAdmin = me?.role === 'ADMIN';
  const templateKey = isAdmin ? organisation : me?.organisation?.key;

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await task();
    } catch (caught) {
      setFailure(errorText(t, caught, 'imports.errors'));
    } finally {
      setBusy(false);
    }
  };
  const downloadTemplate = () =>
    run(async () => {
      await downloadFile(`/exports/template.xlsx?organisation=${encodeURIComponent(templateKey ?? '')}`, 'modele.xlsx', () => undefined);
    });
  const dryRun = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setOutcome(null);
    void run(async () => setCheck((await sendImport(file, 'dry-run')).result));
  };
  const apply = () =>
    run(async () => {
      const { result } = await sendImport(file!, 'apply', check!.fileHash);
      setOutcome(result);
      setCheck(result.applied ? null : result);
    });

  if (me && me.role === 'VIEWER') return <p role="alert">{t('imports.viewersCannot')}</p>;
  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{t('imports.title')}</h1>
      <p className="lead">{t('imports.intro')}</p>
      <section className="update-form" aria-labelledby="template-title">
        <h2 id="template-title">{t('imports.step1')}</h2>
        {isAdmin ? (
          <label>
            {t('imports.organisation')}
            <select value={organisation} onChange={(e) => setOrganisation(e.target.value)}>
              <option value="">{t('imports.pickOrganisation')}</option>
              {(data?.organisations ?? [])
                .filter((o) => o.ownedActionCount > 0)
                .map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.acronym ? `${o.acronym} — ${o.name}` : o.name}
                  </option>
                ))}
            </select>
          </label>
        ) : (
          <p>{t('imports.yourOrganisation', { organisation: me?.organisation?.acronym ?? me?.organisation?.name ?? '—' })}</p>
        )}
        <ButtonWithReason type="button" busy={busy} disabledReason={templateKey ? null : t('ux.why.pickOrganisation')} onClick={() => void downloadTemplate()}>
          {t('imports.downloadTemplate')}
        </ButtonWithReason>
      </section>
      <form className="update-form" onSubmit={dryRun} aria-labelledby="upload-title">
        <h2 id="upload-title">{t('imports.step2')}</h2>
        <label>
          {t('imports.file')}
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setCheck(null);
              setOutcome(null);
            }}
          />
        </label>
        <p className="hint">{t('imports.fileHint')}</p>
        <ButtonWithReason type="submit" busy={busy} disabledReason={file ? null : t('ux.why.pickFile')}>
          {t('imports.check')}
        </ButtonWithReason>
      </form>
      <div role="status" aria-live="polite" data-testid="import-status">
        {busy && t('imports.working')}
        {outcome?.applied && <p className="saved">{t('imports.applied', { count: outcome.changes })}</p>}
      </div>
      {failure && (
        <p role="alert" className="form-error" data-testid="import-error">
          {failure}
        </p>
      )}
      {check && (
        <section aria-labelledby="check-title">
          <h2 id="check-title">{t('imports.step3')}</h2>
          <p data-testid="import-summary">
            {t('imports.summary', { organisation: check.organisation.name, changes: check.changes, problems: check.problems, unchanged: check.unchanged })}
          </p>
          {check.rows.length > 0 && (
            <ScrollBox label={t('imports.tableCaption')}>
              <table className="data-table" data-testid="import-rows">
                <caption className="visually-hidden">{t('imports.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('imports.col.row')}</th>
                    <th scope="col">{t('imports.col.action')}</th>
                    <th scope="col">{t('imports.col.before')}</th>
                    <th scope="col">{t('imports.col.after')}</th>
                    <th scope="col">{t('imports.col.problems')}</th>
                  </tr>
                </thead>
                <tbody>
                  {check.rows.map((row) => (
                    <tr key={`${row.sheet ?? ''}${row.row}`}>
                      <td>{row.sheet ? `${row.sheet} · ${row.row}` : row.row}</td>
                      <td>
                        <strong>{row.ref || '—'}</strong> {row.title}
                      </td>
                      <td>{row.before ? `${t(`status.${row.before.status}`)} · ${format.percent(row.before.progress)}` : '—'}</td>
                      <td>
                        {row.financing ? (
                          <span data-testid="import-financing">{row.financing.summary}</span>
                        ) : row.after ? (
                          <>
                            {t(`status.${row.after.status}`)} · {format.percent(row.after.progress)} · {format.date(row.after.effectiveDate)}
                            {row.after.comment && <div className="hint">{row.after.comment}</div>}
                          </>
                        ) : (
                          !row.proposedDeadline && '—'
                        )}
                        {row.proposedDeadline && (
                          <div data-testid="proposed-deadline">
                            {t('replanning.importProposed', { date: format.date(row.proposedDeadline.dueDate) })}
                            <div className="hint">{row.proposedDeadline.justification}</div>
                          </div>
                        )}
                      </td>
                      <td>
                        {row.problems.length === 0 ? (
                          <span>{t('imports.ok')}</span>
                        ) : (
                          <ul className="form-error">
                            {row.problems.map((p) => (
                              <li key={p.code}>
                                <strong>{t('imports.problem')}</strong> {p.column ? `${p.column} : ` : ''}
                                {t(`imports.problems.${p.code}`, { defaultValue: t(`errors.${p.code}`, { defaultValue: t('ux.errors.unknown') }) })}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
          {check.problems === 0 && check.changes > 0 && <p className="hint">{t('imports.allOrNothing')}</p>}
          <ButtonWithReason
            type="button"
            busy={busy}
            disabledReason={check.problems > 0 ? t('imports.fixFirst') : check.changes === 0 ? t('imports.nothingToApply') : null}
            onClick={() => void apply()}
          >
            {t('imports.apply', { count: check.changes })}
          </ButtonWithReason>
        </section>
      )}
    </PageState>
  );
}
