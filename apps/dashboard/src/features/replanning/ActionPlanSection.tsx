import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { ActionPlanQuery, useActionPlanQuery, useMeQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { ActionHealthBadge } from '../shared/ActionHealthBadge';
import { changeMessage } from './revision-change';
import { DependencyForm } from './DependencyForm';
import { RevisionForm } from './RevisionForm';

type PlannedAction = NonNullable<ActionPlanQuery['action']>;

/**
 * On the action page: the plan as adopted and the plan in force side by side (with the slippage), the revisions and
 * requests, the dependencies with their health, and the form to request (owners) or make (secretariat) a change.
 */
export function ActionPlanSection({ actionRef, asOf, onChanged }: { actionRef: string; asOf: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: me } = useMeQuery();
  const { data, refetch } = useActionPlanQuery({ variables: { ref: actionRef, asOf }, fetchPolicy: 'cache-and-network' });
  const action = data?.action;
  if (!action) return null;
  const plan = action.planInForce;
  const keysOf = (role: string) => action.participants.filter((p) => p.role === role).map((p) => p.organisation.key);
  const date = (value: string | null) => (value ? format.date(value) : t('replanning.none'));
  const saved = () => {
    void refetch();
    onChanged();
  };
  const isAdmin = me?.me?.role === 'ADMIN';

  return (
    <section aria-labelledby="plan-title" className="replanning" data-testid="plan-in-force">
      <h2 id="plan-title">
        {t('replanning.section')} <span className="hint">{t('replanning.asOf', { date: format.date(plan.asOf) })}</span>
      </h2>
      {/* Focusable, so that a keyboard can scroll it when it is wider than a phone. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="plan-title">
        <table className="data-table">
          <thead>
            <tr>
              <td />
              <th scope="col">{t('replanning.adopted')}</th>
              <th scope="col">{t('replanning.inForce')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('replanning.dueDate')}</th>
              <td data-testid="baseline-due">{action.deadline.raw ? `${action.deadline.raw} (${date(plan.baselineDueDate)})` : date(plan.baselineDueDate)}</td>
              <td data-testid="in-force-due">
                {plan.cancelled ? t('replanning.cancelled') : date(plan.dueDate)}
                {plan.slippageDays !== null && (
                  <span className="hint" data-testid="slippage">
                    {' · '}
                    {plan.slippageDays === 0
                      ? t('replanning.noSlippage')
                      : t('replanning.slippage', { days: plan.slippageDays, daysText: format.number(plan.slippageDays) })}
                  </span>
                )}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('replanning.owners')}</th>
              <td>{keysOf('OWNER').join(', ') || '—'}</td>
              <td>{plan.ownerKeys.join(', ') || '—'}</td>
            </tr>
            <tr>
              <th scope="row">{t('replanning.partners')}</th>
              <td>{keysOf('PARTNER').join(', ') || '—'}</td>
              <td>{plan.partnerKeys.join(', ') || '—'}</td>
            </tr>
            <tr>
              <th scope="row">{t('replanning.title')}</th>
              <td>{action.title}</td>
              <td>{plan.title}</td>
            </tr>
          </tbody>
        </table>
      </div>

      <h3>{t('replanning.history', { count: action.revisions.length })}</h3>
      {action.revisions.length === 0 ? (
        <p className="hint">{t('replanning.noRevision')}</p>
      ) : (
        <ol className="timeline" data-testid="revisions">
          {[...action.revisions].reverse().map((revision) => {
            const change = changeMessage(revision, format.date);
            return (
              <li key={revision.id}>
                <p>
                  <strong>{t(`replanning.kind.${revision.kind}`)}</strong> — {t(change.key, change.values)}
                </p>
                <p>{revision.justification}</p>
                <p className="hint">
                  {t('replanning.decidedBy', { name: revision.decidedBy?.name ?? '?', date: format.date(revision.effectiveDate) })}
                  {revision.decisionRef && ` · ${t('replanning.decision', { ref: revision.decisionRef })}`}
                </p>
              </li>
            );
          })}
        </ol>
      )}

      {action.revisionRequests.length > 0 && (
        <>
          <h3>{t('replanning.requests', { count: action.revisionRequests.length })}</h3>
          <ul data-testid="revision-requests">
            {action.revisionRequests.map((request) => {
              const change = changeMessage(request, format.date);
              return (
                <li key={request.id}>
                  <strong>{t(`replanning.requestStatus.${request.status}`)}</strong> — {t(change.key, change.values)} — {request.justification}
                  <span className="hint">
                    {' · '}
                    {t('replanning.requestedBy', { name: request.requestedBy?.name ?? '?', date: new Date(request.requestedAt).toLocaleDateString() })}
                    {request.comment && ` · ${request.comment}`}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <Dependencies action={action} />
      {isAdmin && <DependencyForm actionRef={action.ref} predecessorRefs={action.predecessors.map((l) => l.predecessor.ref)} onSaved={saved} />}

      {isAdmin ? (
        <RevisionForm actionRef={action.ref} definitionVersion={plan.definitionVersion} mode="REVISE" onSaved={saved} />
      ) : (
        action.viewerCanUpdate && <RevisionForm actionRef={action.ref} definitionVersion={plan.definitionVersion} mode="REQUEST" onSaved={saved} />
      )}
    </section>
  );
}

function Dependencies({ action }: { action: PlannedAction }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const linked = (
    other: { ref: string; title: string; health: Parameters<typeof ActionHealthBadge>[0]['health'] },
    link: { sourceLine: number | null; sourceText: string | null; note: string | null },
  ) => (
    <li key={other.ref}>
      <ActionHealthBadge health={other.health} /> <Link to={{ pathname: `/actions/${other.ref}`, search }}>{other.ref}</Link> {other.title}
      {link.sourceLine !== null && <span className="hint"> · {t('replanning.printedAt', { line: link.sourceLine, text: link.sourceText ?? '' })}</span>}
      {link.note && <span className="hint"> · {link.note}</span>}
    </li>
  );
  return (
    <>
      <h3>{t('replanning.dependencies')}</h3>
      <div className="dependencies" data-testid="dependencies">
        <div>
          <h4>{t('replanning.predecessors')}</h4>
          {action.predecessors.length === 0 ? (
            <p className="hint">{t('replanning.noPredecessor')}</p>
          ) : (
            <ul>{action.predecessors.map((l) => linked(l.predecessor, l))}</ul>
          )}
        </div>
        <div>
          <h4>{t('replanning.dependents')}</h4>
          {action.dependents.length === 0 ? (
            <p className="hint">{t('replanning.noDependent')}</p>
          ) : (
            <ul>{action.dependents.map((l) => linked(l.dependent, l))}</ul>
          )}
        </div>
      </div>
    </>
  );
}
