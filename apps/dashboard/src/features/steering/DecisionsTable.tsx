import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { asOfOnly } from '../../app/useAsOf';
import { DecisionFieldsFragment } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { ActionHealthBadge } from '../shared/ActionHealthBadge';
import { DecisionUpdateForm } from './DecisionUpdateForm';
import { ScrollBox } from '../shared/ScrollBox';

/** Decisions with their follow-up on the date (health named in words, not only colour); their owners update them in place. */
export function DecisionsTable({ decisions, showSession, onUpdated }: { decisions: DecisionFieldsFragment[]; showSession?: boolean; onUpdated: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { search } = useLocation();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <ScrollBox label={t('steering.decisions', { count: decisions.length })}>
      <table className="data-table" data-testid="decisions">
        <thead>
          <tr>
            <th scope="col">{t('steering.decision')}</th>
            {showSession && <th scope="col">{t('steering.session')}</th>}
            <th scope="col">{t('steering.responsible')}</th>
            <th scope="col">{t('steering.dueDate')}</th>
            <th scope="col">{t('steering.followUp')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('steering.update')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((decision) => (
            <Fragment key={decision.id}>
              <tr>
                <td>
                  <strong>{t(`steering.kinds.${decision.kind}`)}</strong> {decision.text}
                  {decision.actions.length > 0 && (
                    <div className="hint">
                      {decision.actions.map((a, index) => (
                        <Fragment key={a.ref}>
                          {index > 0 && ', '}
                          <Link to={{ pathname: `/actions/${a.ref}`, search: asOfOnly(search) }}>{a.ref}</Link>
                        </Fragment>
                      ))}
                    </div>
                  )}
                  {decision.revisionDecisions.length > 0 && (
                    <div className="hint">
                      {decision.revisionDecisions.map((r) => t(`steering.requestOutcome.${r.outcome}`, { id: r.requestId })).join(' · ')}
                    </div>
                  )}
                </td>
                {showSession && (
                  <td>
                    <Link to={{ pathname: `/steering/${decision.sessionId}`, search: asOfOnly(search) }}>
                      {t(`steering.bodies.${decision.sessionBody}`)}, {format.date(decision.sessionDate)}
                    </Link>
                  </td>
                )}
                <td>
                  {decision.responsibleOrganisation ? (decision.responsibleOrganisation.acronym ?? decision.responsibleOrganisation.name) : '—'}
                  {decision.responsibleWithoutEditor && (
                    <div className="hint hint--warning" data-testid="decision-without-editor">
                      {t('steering.withoutEditor')}
                    </div>
                  )}
                </td>
                <td>{decision.dueDate ? format.date(decision.dueDate) : t('steering.notFollowed')}</td>
                <td>
                  {decision.healthDetail ? (
                    <>
                      <ActionHealthBadge health={decision.healthDetail.health} />
                      <div className="hint">
                        {t(`status.${decision.status}`)} · {format.percent(decision.progress)}
                      </div>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {decision.viewerCanUpdate && (
                    <button
                      type="button"
                      className="button--secondary"
                      aria-expanded={open === decision.id}
                      onClick={() => setOpen(open === decision.id ? null : decision.id)}
                    >
                      {t('steering.update')}
                    </button>
                  )}
                </td>
              </tr>
              {open === decision.id && (
                <tr>
                  <td colSpan={showSession ? 6 : 5}>
                    <DecisionUpdateForm
                      decision={decision}
                      onSaved={() => {
                        setOpen(null);
                        onUpdated();
                      }}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
