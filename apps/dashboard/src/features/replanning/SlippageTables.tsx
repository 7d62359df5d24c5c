import { useTranslation } from 'react-i18next';
import { useAsOf } from '../../app/useAsOf';
import { useSlippageQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';

interface Row {
  key: string;
  label: string;
  slipped: number;
  slippageDays: number;
  meanSlippageDays: number | null;
}

/** How far the plan in force has moved from the adopted one on the date: per pillar and per owner organisation (re-planned ones only). */
export function SlippageTables() {
  const { t } = useTranslation();
  const format = useFormat();
  const [asOf] = useAsOf();
  const { data } = useSlippageQuery({ variables: { asOf }, fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  const { totals, byPillar, byOrganisation } = data.dashboard;
  const table = (id: string, caption: string, rows: Row[]) => (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={id}>
      <table className="data-table" data-testid={id}>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            <th scope="col">{t('replanning.slippageTable.slipped')}</th>
            <th scope="col">{t('replanning.slippageTable.total')}</th>
            <th scope="col">{t('replanning.slippageTable.mean')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{format.number(row.slipped)}</td>
              <td>{format.number(row.slippageDays)}</td>
              <td>{row.meanSlippageDays === null ? '—' : format.number(row.meanSlippageDays)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <section aria-labelledby="slippage-title">
      <h2 id="slippage-title">{t('replanning.slippageTable.title')}</h2>
      <p className="hint">
        {t('replanning.slippageTable.summary', {
          count: totals.slipped,
          slippedText: format.number(totals.slipped),
          mean: totals.meanSlippageDays === null ? '—' : format.number(totals.meanSlippageDays),
        })}
      </p>
      {table(
        'slippage-pillars',
        t('replanning.queue.pillar'),
        byPillar.map((p) => ({ ...p, key: String(p.number), label: `${p.number}. ${p.name}` })),
      )}
      {table(
        'slippage-organisations',
        t('replanning.queue.organisation'),
        byOrganisation.filter((o) => o.slipped > 0).map((o) => ({ ...o, label: o.acronym ?? o.name })),
      )}
    </section>
  );
}
