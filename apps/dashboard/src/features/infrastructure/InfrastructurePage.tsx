import type { NationalValueKind } from '@pnq/domain';
import { sourceDocumentName } from '@pnq/domain';
import { ChartWithTable, LineChartPanel } from '@pnq/ui';
import { useTranslation } from 'react-i18next';
import { NationalIndicatorsQuery, useMeQuery, useNationalIndicatorsQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { PageState } from '../shared/PageState';
import { AddNationalValueForm } from './AddNationalValueForm';

type NationalIndicator = NationalIndicatorsQuery['nationalIndicators'][number];

/** "Infrastructure qualité en chiffres": the national series (actual and target) with their sources; admins add yearly values. */
export default function InfrastructurePage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useNationalIndicatorsQuery({ fetchPolicy: 'cache-and-network' });
  const { data: me } = useMeQuery();
  const indicators = data?.nationalIndicators ?? [];
  const groups = [1, 2, 3, 4, 5, null]
    .map((pillar) => ({ pillar, indicators: indicators.filter((i) => i.pillarNumber === pillar) }))
    .filter((g) => g.indicators.length > 0);
  const labelOf = (i: NationalIndicator) => (i18n.language === 'en' && i.labelEn ? i.labelEn : i.label);

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <article className="infrastructure-page">
        <h1>{t('infrastructure.title')}</h1>
        <p className="hint">{t('infrastructure.intro', { count: indicators.length })}</p>
        {me?.me?.role === 'ADMIN' && indicators.length > 0 && (
          <AddNationalValueForm indicators={indicators.map((i) => ({ key: i.key, label: labelOf(i), unit: i.unit }))} onSaved={() => refetch()} />
        )}
        {groups.map((group) => (
          <section key={group.pillar ?? 'general'} aria-labelledby={`infra-${group.pillar ?? 'general'}`}>
            <h2 id={`infra-${group.pillar ?? 'general'}`}>{group.pillar ? t('plan.pillar', { number: group.pillar }) : t('infrastructure.general')}</h2>
            <div className="panel-grid">
              {group.indicators.map((indicator) => (
                <Series key={indicator.key} indicator={indicator} label={labelOf(indicator)} />
              ))}
            </div>
          </section>
        ))}
      </article>
    </PageState>
  );
}

function Series({ indicator, label }: { indicator: NationalIndicator; label: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const dates = [...new Set(indicator.values.map((v) => v.date))].sort();
  const valueOn = (date: string, kind: NationalValueKind) => indicator.values.filter((v) => v.date === date && v.kind === kind).at(-1)?.value ?? null;
  const hasTarget = indicator.values.some((v) => v.kind === 'TARGET');
  const sourceOf = (v: NationalIndicator['values'][number]) =>
    v.sourceLabel ??
    (v.sourceFile
      ? `${sourceDocumentName(v.sourceFile)}${v.source ? `, ${t('infrastructure.lines', { from: v.source.fromLine, to: v.source.toLine })}` : ''}`
      : '—');
  return (
    <div data-testid={`series-${indicator.key}`}>
      <ChartWithTable
        title={`${label} (${indicator.unit})`}
        tableLabel={t('infrastructure.showTable')}
        chart={
          <LineChartPanel
            height={200}
            categoryKey="date"
            data={dates.map((date) => ({ date: format.date(date), actual: valueOn(date, 'ACTUAL'), target: valueOn(date, 'TARGET') }))}
            series={[
              { key: 'actual', label: t('infrastructure.kind.ACTUAL'), colour: '#0b5d3b' },
              ...(hasTarget ? [{ key: 'target', label: t('infrastructure.kind.TARGET'), colour: '#b35c00' }] : []),
            ]}
          />
        }
        columns={[t('infrastructure.col.date'), t('infrastructure.col.value'), t('infrastructure.col.source')]}
        rows={indicator.values.map((v) => [
          `${format.date(v.date)} · ${t(`infrastructure.kind.${v.kind}`)}`,
          `${v.qualifier === 'EXACT' ? '' : `${t(`infrastructure.qualifier.${v.qualifier}`)} `}${format.number(v.value)}`,
          sourceOf(v),
        ])}
      />
      <ul className="hint sources">
        {indicator.values
          .filter((v) => v.quote)
          .map((v) => (
            <li key={`${v.date}-${v.kind}-${v.quote}`}>
              « {v.quote} » — {sourceOf(v)}
            </li>
          ))}
      </ul>
    </div>
  );
}
