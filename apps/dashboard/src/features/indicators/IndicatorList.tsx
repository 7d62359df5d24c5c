import { ChartWithTable, LineChartPanel } from '@pnq/ui';
import { useTranslation } from 'react-i18next';
import { useMeQuery, type IndicatorFieldsFragment } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { EditIndicatorDefinitionForm } from './EditIndicatorDefinitionForm';
import { RecordIndicatorValueForm } from './RecordIndicatorValueForm';

/** A symbol beside each status, so colour is never the only signal. */
const STATUS_SYMBOL: Record<string, string> = { ACHIEVED: '✔', ON_TRACK: '↗', BEHIND: '⚠', NOT_ACHIEVED: '○', NO_DATA: '…', NO_TARGET: '–' };

export interface IndicatorListProps {
  indicators: IndicatorFieldsFragment[];
  onSaved: () => Promise<unknown>;
  /** The action they measure: a value recorded here may carry evidence files. */
  actionRef?: string;
}

/** The action's indicators: kind, target, latest value and status on the page's date, trend with its table, record form. */
export function IndicatorList({ indicators, onSaved, actionRef }: IndicatorListProps) {
  const { t } = useTranslation();
  const { data: me } = useMeQuery();
  const isAdmin = me?.me?.role === 'ADMIN';
  return (
    <section aria-labelledby="indicators-title" className="indicators">
      <h2 id="indicators-title">{t('indicators.title', { count: indicators.length })}</h2>
      {indicators.length === 0 ? (
        <p>{t('indicators.none')}</p>
      ) : (
        <ul className="indicator-list">
          {indicators.map((indicator) => (
            <li key={indicator.id} data-testid={`indicator-${indicator.position}`}>
              <IndicatorCard indicator={indicator} onSaved={onSaved} canDefine={isAdmin} actionRef={actionRef} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function IndicatorCard({
  indicator,
  onSaved,
  canDefine,
  actionRef,
}: {
  indicator: IndicatorFieldsFragment;
  onSaved: () => Promise<unknown>;
  canDefine: boolean;
  actionRef?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { evaluation: e } = indicator;
  const unit = indicator.unit ?? '';
  return (
    <article className="indicator-card">
      <h3>{indicator.label}</h3>
      <p className="indicator-meta">
        <span className="tag">{t(`indicators.kind.${indicator.kind}`)}</span>
        {indicator.ambiguous && <span className="tag tag--warning">{t('indicators.ambiguous')}</span>}
        <span className={`indicator-status indicator-status--${e.status}`} data-testid="indicator-status">
          <span aria-hidden="true">{STATUS_SYMBOL[e.status]} </span>
          {t(`indicators.status.${e.status}`)}
        </span>
      </p>
      {indicator.kind === 'QUANTITATIVE' ? (
        <dl className="indicator-facts">
          <dt>{t('indicators.target')}</dt>
          <dd>
            {indicator.target === null ? t('indicators.noTarget') : `${format.number(indicator.target)} ${unit}${e.targetYear ? ` — ${e.targetYear}` : ''}`}
          </dd>
          {indicator.baseline !== null && (
            <>
              <dt>{t('indicators.baseline')}</dt>
              <dd>
                {format.number(indicator.baseline)} {unit} {indicator.baselineDate && `(${format.date(indicator.baselineDate)})`}
              </dd>
            </>
          )}
          <dt>{t('indicators.latest')}</dt>
          <dd data-testid="indicator-latest">
            {e.latestValue === null ? t('indicators.noValue') : `${format.number(e.latestValue)} ${unit} (${format.date(e.latestDate)})`}
            {e.percentOfTarget !== null && ` · ${t('indicators.percentOfTarget', { percent: format.percent(e.percentOfTarget) })}`}
          </dd>
          {e.expectedValue !== null && (
            <>
              <dt>{t('indicators.expected')}</dt>
              <dd>
                {format.number(e.expectedValue)} {unit}
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p data-testid="indicator-latest">{e.achieved ? t('indicators.achievedOn', { date: format.date(e.latestDate) }) : t('indicators.notYet')}</p>
      )}
      {indicator.kind === 'QUANTITATIVE' && indicator.values.length > 0 && <Trend indicator={indicator} />}
      {indicator.kind === 'MILESTONE' && indicator.values.length > 0 && <MilestoneRecords indicator={indicator} />}
      {indicator.viewerCanRecord && (
        <RecordIndicatorValueForm
          indicatorId={indicator.id}
          kind={indicator.kind}
          unit={indicator.unit}
          version={indicator.version}
          onSaved={onSaved}
          actionRef={actionRef}
        />
      )}
      {canDefine && <EditIndicatorDefinitionForm indicator={indicator} onSaved={onSaved} />}
    </article>
  );
}

/** The recorded values, oldest first, as a small line chart (the target as a dashed line) and as a table. */
function Trend({ indicator }: { indicator: IndicatorFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const chronological = [...indicator.values].reverse();
  return (
    <ChartWithTable
      title={t('indicators.trend', { label: indicator.label })}
      tableLabel={t('indicators.showTable')}
      chart={
        <LineChartPanel
          height={180}
          categoryKey="date"
          data={chronological.map((v) => ({ date: format.date(v.date), value: v.value }))}
          series={[{ key: 'value', label: indicator.unit ?? t('indicators.col.value'), colour: '#1d5fa8' }]}
          reference={indicator.target !== null ? { value: indicator.target, label: t('indicators.target') } : undefined}
        />
      }
      columns={[t('indicators.col.date'), t('indicators.col.value'), t('indicators.col.source'), t('indicators.col.comment'), t('indicators.col.author')]}
      rows={indicator.values.map((v) => [
        `${format.date(v.date)} · v${v.version}`,
        v.value === null ? '—' : format.number(v.value),
        v.source ?? '—',
        v.comment || '—',
        v.author?.name ?? '?',
      ])}
    />
  );
}

function MilestoneRecords({ indicator }: { indicator: IndicatorFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <table className="indicator-records">
      <caption>{t('indicators.records')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('indicators.col.date')}</th>
          <th scope="col">{t('indicators.col.achieved')}</th>
          <th scope="col">{t('indicators.col.comment')}</th>
          <th scope="col">{t('indicators.col.evidence')}</th>
          <th scope="col">{t('indicators.col.author')}</th>
        </tr>
      </thead>
      <tbody>
        {indicator.values.map((v) => (
          <tr key={v.id}>
            <td>{format.date(v.date)}</td>
            <td>{v.achieved ? t('indicators.yes') : t('indicators.no')}</td>
            <td>{v.comment || '—'}</td>
            <td>
              {v.evidenceUrls.map((url) => (
                <a key={url} href={url} rel="noopener noreferrer nofollow" target="_blank">
                  {url}
                </a>
              ))}
            </td>
            <td>{v.author?.name ?? '?'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
