import { BarChartPanel, ChartWithTable, KpiTile } from '@pnq/ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useAsOf } from '../../app/useAsOf';
import { useFinancingOverviewQuery, useMeQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { ActionRefLink } from '../shared/ActionRefLink';
import { PageState } from '../shared/PageState';
import { FinancingFiguresTable } from './FinancingFiguresTable';
import { FundingStatusBadge } from './FundingStatusBadge';
import { millions } from './money-format';
import { RatesUsed } from './RatesUsed';
import { ScrollBox } from '../shared/ScrollBox';
import { ReferenceRatesPanel } from './ReferenceRatesPanel';
import { useMoney } from './useMoney';
import './financing.css';

const SERIES = [
  { key: 'needed', colour: '#5b6770' },
  { key: 'secured', colour: '#0b5d3b' },
  { key: 'disbursed', colour: '#2f7fc1' },
] as const;

/** The financing view: needed vs secured vs disbursed and the gap, per pillar, owner organisation and cooperation partner, and the late actions not funded. */
export default function FinancingPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { money, amount } = useMoney();
  const [asOf] = useAsOf();
  const { search } = useLocation();
  const { data, loading, error, refetch } = useFinancingOverviewQuery({ variables: { asOf } });
  const isAdmin = useMeQuery().data?.me?.role === 'ADMIN';
  const overview = data?.financingOverview;
  const seriesLabel = (key: (typeof SERIES)[number]['key']) => `${t(`financing.${key}`)} (${t('financing.view.chartUnit')})`;
  const explorerSearch = `?funding=late${search ? `&${search.slice(1)}` : ''}`;

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      {overview && (
        <>
          <h1>{t('financing.view.title', { date: format.date(overview.asOf) })}</h1>
          <p>{t('financing.view.intro')}</p>
          <p>
            <strong>{t('financing.view.rates')} : </strong>
            {overview.ratesUsed.length === 0 && overview.unconverted.length === 0 ? (
              t('financing.view.noRates')
            ) : (
              <RatesUsed rates={overview.ratesUsed} unconverted={overview.unconverted} />
            )}
          </p>
          <section aria-label={t('financing.title')} className="kpi-grid financing-kpis">
            <KpiTile testId="financing-kpi-needed" label={t('financing.view.kpiNeeded')} value={money(overview.totals.needed)} />
            <KpiTile testId="financing-kpi-secured" label={t('financing.view.kpiSecured')} value={money(overview.totals.secured)} tone="good" />
            <KpiTile testId="financing-kpi-disbursed" label={t('financing.view.kpiDisbursed')} value={money(overview.totals.disbursed)} />
            <KpiTile testId="financing-kpi-gap" label={t('financing.view.kpiGap')} value={money(overview.totals.gap)} tone="danger" />
            <KpiTile testId="financing-kpi-late" label={t('financing.view.kpiLate')} value={format.number(overview.totals.lateAndNotFunded)} tone="danger" />
            <KpiTile
              testId="financing-kpi-recorded"
              label={t('financing.view.kpiRecorded')}
              value={t('financing.view.recordedOf', { recorded: overview.totals.recorded, actions: overview.totals.actions })}
            />
          </section>

          <ScrollBox label={t('financing.view.byPillar')}>
            <ChartWithTable
              title={t('financing.view.byPillar')}
              tableLabel={t('common.showTable')}
              chart={
                <BarChartPanel
                  data={overview.byPillar.map((p) => ({
                    pillar: t('plan.pillar', { number: p.pillarNumber }),
                    needed: millions(p.figures.needed),
                    secured: millions(p.figures.secured),
                    disbursed: millions(p.figures.disbursed),
                  }))}
                  categoryKey="pillar"
                  series={SERIES.map((s) => ({ key: s.key, label: seriesLabel(s.key), colour: s.colour }))}
                />
              }
              columns={[
                t('financing.view.col.pillar'),
                `${t('financing.needed')} (MAD)`,
                `${t('financing.secured')} (MAD)`,
                `${t('financing.disbursed')} (MAD)`,
                `${t('financing.gap')} (MAD)`,
              ]}
              rows={overview.byPillar.map((p) => [
                `${p.pillarNumber}. ${p.name}`,
                amount(p.figures.needed),
                amount(p.figures.secured),
                amount(p.figures.disbursed),
                amount(p.figures.gap),
              ])}
            />
          </ScrollBox>
          <FinancingFiguresTable
            caption={t('financing.view.byPillar')}
            groupLabel={t('financing.view.col.pillar')}
            testId="financing-by-pillar"
            rows={overview.byPillar.map((p) => ({ key: String(p.pillarNumber), label: `${p.pillarNumber}. ${p.name}`, figures: p.figures }))}
          />

          <section aria-labelledby="financing-late-title">
            <h2 id="financing-late-title">{t('financing.view.lateTitle', { count: overview.lateAndNotFunded.length })}</h2>
            {overview.lateAndNotFunded.length === 0 ? (
              <p>{t('financing.view.noLate')}</p>
            ) : (
              <>
                <ScrollBox label={t('financing.view.lateTitle', { count: overview.lateAndNotFunded.length })}>
                  <table className="data-table" data-testid="financing-late">
                    <thead>
                      <tr>
                        <th scope="col">{t('financing.view.col.action')}</th>
                        <th scope="col">{t('financing.view.col.owners')}</th>
                        <th scope="col">{t('financing.view.col.daysLate')}</th>
                        <th scope="col">{t('financing.view.col.status')}</th>
                        <th scope="col">{t('financing.view.col.cost')} (MAD)</th>
                        <th scope="col">{t('financing.secured')} (MAD)</th>
                        <th scope="col">{t('financing.gap')} (MAD)</th>
                      </tr>
                    </thead>
                    <tbody>
                      {overview.lateAndNotFunded.map((action) => (
                        <tr key={action.ref}>
                          <td>
                            <ActionRefLink action={action} search={search} />
                          </td>
                          <td>{action.owners.join(', ') || '—'}</td>
                          <td className="number">{format.number(action.daysLate)}</td>
                          <td>
                            <FundingStatusBadge status={action.status} />
                          </td>
                          <td className="number">{action.cost ? amount(action.cost) : t('financing.notEstimated')}</td>
                          <td className="number">{amount(action.secured)}</td>
                          <td className="number">{amount(action.gap)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollBox>
                <p>
                  <Link to={{ pathname: '/explorer', search: explorerSearch }}>{t('financing.view.seeInExplorer')}</Link>
                </p>
              </>
            )}
          </section>

          <FinancingFiguresTable
            caption={t('financing.view.byOrganisation')}
            groupLabel={t('financing.view.col.organisation')}
            testId="financing-by-organisation"
            rows={overview.byOrganisation.map((o) => ({
              key: o.key,
              label: <Link to={{ pathname: `/organisations/${o.key}`, search }}>{o.acronym ?? o.name}</Link>,
              figures: o.figures,
            }))}
          />

          <section aria-labelledby="financing-partners-title">
            <h2 id="financing-partners-title">{t('financing.view.byPartner')}</h2>
            <ScrollBox label={t('financing.view.byPartner')}>
              <table className="data-table" data-testid="financing-by-partner">
                <thead>
                  <tr>
                    <th scope="col">{t('financing.view.col.partner')}</th>
                    <th scope="col">{t('financing.view.col.actions')}</th>
                    <th scope="col">{t('financing.view.col.lines')}</th>
                    <th scope="col">{t('financing.planned')} (MAD)</th>
                    <th scope="col">{t('financing.committed')} (MAD)</th>
                    <th scope="col">{t('financing.disbursed')} (MAD)</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.byPartner.map((p) => (
                    <tr key={p.key ?? p.name}>
                      <th scope="row">{p.acronym ? `${p.acronym} — ${p.name}` : p.name}</th>
                      <td className="number">{p.actions}</td>
                      <td className="number">{p.lines}</td>
                      <td className="number">{amount(p.planned)}</td>
                      <td className="number">{amount(p.committed)}</td>
                      <td className="number">{amount(p.disbursed)}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">{t('financing.view.ownBudget')}</th>
                    <td className="number">—</td>
                    <td className="number">{overview.ownBudget.lines}</td>
                    <td className="number">{amount(overview.ownBudget.planned)}</td>
                    <td className="number">{amount(overview.ownBudget.committed)}</td>
                    <td className="number">{amount(overview.ownBudget.disbursed)}</td>
                  </tr>
                </tbody>
              </table>
            </ScrollBox>
          </section>

          {isAdmin && <ReferenceRatesPanel onSaved={() => refetch()} />}
        </>
      )}
    </PageState>
  );
}
