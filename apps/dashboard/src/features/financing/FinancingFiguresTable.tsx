import { useTranslation } from 'react-i18next';
import type { FinancingFiguresFieldsFragment } from '../../generated/graphql';
import { useMoney } from './useMoney';
import { ScrollBox } from '../shared/ScrollBox';

export interface FiguresRow {
  key: string;
  label: React.ReactNode;
  figures: FinancingFiguresFieldsFragment;
}

/** Needed vs secured vs disbursed and the gap, one row per group (pillar, owner): exact amounts in MAD. */
export function FinancingFiguresTable({ caption, groupLabel, rows, testId }: { caption: string; groupLabel: string; rows: FiguresRow[]; testId: string }) {
  const { t } = useTranslation();
  const { amount } = useMoney();
  return (
    <ScrollBox label={caption}>
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupLabel}</th>
            <th scope="col">{t('financing.view.kpiRecorded')}</th>
            <th scope="col">{t('financing.needed')} (MAD)</th>
            <th scope="col">{t('financing.secured')} (MAD)</th>
            <th scope="col">{t('financing.disbursed')} (MAD)</th>
            <th scope="col">{t('financing.gap')} (MAD)</th>
            <th scope="col">{t('financing.view.kpiLate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, figures }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{t('financing.view.recordedOf', { recorded: figures.recorded, actions: figures.actions })}</td>
              <td className="number">{amount(figures.needed)}</td>
              <td className="number">{amount(figures.secured)}</td>
              <td className="number">{amount(figures.disbursed)}</td>
              <td className="number">{amount(figures.gap)}</td>
              <td className="number">{figures.lateAndNotFunded}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
