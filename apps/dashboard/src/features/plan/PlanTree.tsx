import { PlanRef } from '@pnq/ui';
import { axisRef } from '@pnq/domain';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { asOfOnly } from '../../app/useAsOf';
import type { PlanOverviewQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { ActionHealthBadge } from '../shared/ActionHealthBadge';
import { branchSummary } from './plan-tree';

type Pillar = PlanOverviewQuery['pillars'][number];
type Actions = Pillar['axes'][number]['projects'][number]['actions'];

/** The plan as a tree: pillar → axis → project → action, each branch with its progress and overdue count. */
export function PlanTree({ pillars }: { pillars: Pillar[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { search } = useLocation();

  const summary = (actions: Actions) => {
    const s = branchSummary(actions);
    return (
      <span className="branch-summary">
        <span className="progress" aria-hidden="true">
          <span style={{ width: `${s.progress ?? 0}%` }} />
        </span>{' '}
        {format.percent(s.progress)} · {t('plan.actions', { count: s.actions })}
        {s.overdue > 0 && ` · ${t('plan.overdue', { count: s.overdue })}`}
      </span>
    );
  };

  return (
    <ul className="plan-tree" data-testid="plan-tree">
      {pillars.map((pillar) => {
        const pillarActions = pillar.axes.flatMap((axis) => axis.projects.flatMap((p) => p.actions));
        return (
          <li key={pillar.number}>
            <details>
              <summary>
                <strong>
                  {t('plan.pillar', { number: pillar.number })} — {pillar.name}
                </strong>{' '}
                {summary(pillarActions)}
              </summary>
              <ul>
                {pillar.axes.map((axis) => (
                  <li key={axis.number}>
                    <details>
                      <summary>
                        {t('action.axis', { number: axisRef(pillar.number, axis.number) })} — {axis.title} {summary(axis.projects.flatMap((p) => p.actions))}
                      </summary>
                      <ul>
                        {axis.projects.map((project) => (
                          <li key={project.ref}>
                            <details>
                              <summary>
                                {t('action.project', { code: project.ref })} — {project.title} {summary(project.actions)}
                              </summary>
                              {project.actions.length === 0 ? (
                                <p className="hint">{project.inAnnex ? t('organisation.none') : t('plan.notInAnnex')}</p>
                              ) : (
                                <ul>
                                  {project.actions.map((action) => (
                                    <li key={action.ref} className="plan-tree__action">
                                      <Link to={{ pathname: `/actions/${action.ref}`, search: asOfOnly(search) }}>
                                        <strong>
                                          <PlanRef value={action.ref} />
                                        </strong>{' '}
                                        {action.title}
                                      </Link>{' '}
                                      <ActionHealthBadge health={action.healthDetail.health} /> {format.percent(action.progress)}
                                    </li>
                                  ))}
                                </ul>
                              )}
                            </details>
                          </li>
                        ))}
                      </ul>
                    </details>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
