import { KpiTile } from '@pnq/ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useFinancingOverviewQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { useMoney } from './useMoney';
import './financing.css';

/** The overview's "funding gap" figures on its date, with the way to the financing view. */
export function OverviewFundingGap({ asOf }: { asOf: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { money } = useMoney();
  const { search } = useLocation();
  const totals = useFinancingOverviewQuery({ variables: { asOf } }).data?.financingOverview.totals;
  if (!totals) return null;
  return (
    <section aria-labelledby="overview-financing-title">
      <h2 id="overview-financing-title">{t('financing.overview.title')}</h2>
      <div className="kpi-grid financing-kpis">
        <KpiTile testId="kpi-funding-gap" label={t('financing.overview.gap')} value={money(totals.gap)} note={t('ux.kpiNote.fundingGap')} tone="danger" />
        <KpiTile
          testId="kpi-funding-secured"
          label={t('financing.view.kpiSecured')}
          value={money(totals.secured)}
          note={t('ux.kpiNote.fundingSecured')}
          tone="good"
        />
        <KpiTile
          testId="kpi-late-unfunded"
          label={t('financing.overview.lateAndNotFunded')}
          value={format.number(totals.lateAndNotFunded)}
          note={t('ux.kpiNote.lateUnfunded')}
          tone="danger"
        />
      </div>
      <p>
        <Link to={{ pathname: '/financing', search }}>{t('financing.overview.link')}</Link>
      </p>
    </section>
  );
}
