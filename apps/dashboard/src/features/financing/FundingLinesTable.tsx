import { useTranslation } from 'react-i18next';
import type { FinancingFieldsFragment } from '../../generated/graphql';
import { useMoney } from './useMoney';
import { ScrollBox } from '../shared/ScrollBox';

/** Each funding line with its amounts per year, in its own currency. */
export function FundingLinesTable({ lines }: { lines: FinancingFieldsFragment['lines'] }) {
  const { t } = useTranslation();
  const { amount } = useMoney();
  if (lines.length === 0) return <p>{t('financing.noLines')}</p>;
  return (
    <ScrollBox label={t('financing.lines')}>
      <table className="data-table" data-testid="funding-lines">
        <caption>{t('financing.lines')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('financing.col.source')}</th>
            <th scope="col">{t('financing.col.origin')}</th>
            <th scope="col">{t('financing.col.year')}</th>
            <th scope="col">{t('financing.col.currency')}</th>
            <th scope="col">{t('financing.col.planned')}</th>
            <th scope="col">{t('financing.col.committed')}</th>
            <th scope="col">{t('financing.col.disbursed')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.flatMap((line) =>
            line.amounts.map((year, index) => (
              <tr key={`${line.position}-${year.year}`}>
                {index === 0 && (
                  <>
                    <td rowSpan={line.amounts.length}>{t(`financing.source.${line.source}`)}</td>
                    <td rowSpan={line.amounts.length}>
                      {line.source === 'OWN_BUDGET'
                        ? t('financing.budgetLine', { line: line.budgetLine, year: line.budgetYear })
                        : `${line.partner?.acronym ?? line.partner?.name ?? '?'} — ${line.programme} (${t('financing.period', { from: line.periodStart, to: line.periodEnd })})`}
                    </td>
                  </>
                )}
                <td>{year.year}</td>
                <td>{line.currency}</td>
                <td className="number">{amount(year.planned)}</td>
                <td className="number">{amount(year.committed)}</td>
                <td className="number">{amount(year.disbursed)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </ScrollBox>
  );
}
