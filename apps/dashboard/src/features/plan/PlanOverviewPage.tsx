import { PillarCard } from '@pnq/ui';
import { useTranslation } from 'react-i18next';
import { PageState } from '../shared/PageState';
import { useAsOf } from '../../app/useAsOf';
import { usePlanOverviewQuery } from '../../generated/graphql';
import { PlanTree } from './PlanTree';
import { summarisePillar } from './summarise-pillar';

export default function PlanOverviewPage() {
  const { t } = useTranslation();
  const [asOf] = useAsOf();
  const { data, loading, error, refetch } = usePlanOverviewQuery({ variables: { asOf } });
  const plan = data?.plan;
  return (
    <PageState loading={loading} error={error} onRetry={() => void refetch()}>
      <h1>{t('plan.title')}</h1>
      {plan && (
        <p className="lead">
          {t('plan.summary', {
            pillars: plan.pillarCount,
            axes: plan.axisCount,
            projects: plan.projectCount,
            actions: plan.actionCount,
          })}
        </p>
      )}
      <h2>{t('plan.pillarsHeading')}</h2>
      <div className="pillar-grid">
        {data?.pillars.map((pillar) => {
          const counts = summarisePillar(pillar);
          return (
            <PillarCard
              key={pillar.number}
              number={pillar.number}
              name={pillar.name}
              heading={t('plan.pillar', { number: pillar.number })}
              facts={[t('plan.axes', { count: counts.axes }), t('plan.projects', { count: counts.projects }), t('plan.actions', { count: counts.actions })]}
            />
          );
        })}
      </div>
      <h2>{t('plan.treeHeading')}</h2>
      {data && <PlanTree pillars={data.pillars} />}
      {/* A note on the source, not the page's second line (issue 21.13). */}
      {plan?.statedAxisCount && plan.statedAxisCount !== plan.axisCount && (
        <p className="hint" data-testid="stated-axes">
          {t('plan.statedAxes', { stated: plan.statedAxisCount, listed: plan.axisCount })}
        </p>
      )}
    </PageState>
  );
}
