import { PlanRef } from '@pnq/ui';
import { axisRef } from '@pnq/domain';
import { useTranslation } from 'react-i18next';
import { PageState } from '../shared/PageState';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useAsOf } from '../../app/useAsOf';
import { useActionPageQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { ActionHealthBadge } from '../shared/ActionHealthBadge';
import { IndicatorList } from '../indicators/IndicatorList';
import { UpdateStatusForm } from './UpdateStatusForm';
import { ActionFinancingSection } from '../financing/ActionFinancingSection';
import { ActionPlanSection } from '../replanning/ActionPlanSection';
import { ActionDiscussion } from '../discussion/ActionDiscussion';
import { ActionEvidence } from '../evidence/ActionEvidence';
import { EvidenceFileList } from '../evidence/EvidenceFileList';
import { RELOADED_AFTER_UPLOADS } from '../evidence/reloaded-after-uploads';

export default function ActionPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { ref = '' } = useParams();
  const { search } = useLocation();
  const [asOf] = useAsOf();
  const { data, loading, error, refetch } = useActionPageQuery({ variables: { ref, asOf }, fetchPolicy: 'cache-and-network', ...RELOADED_AFTER_UPLOADS });
  const action = data?.action;
  const notFound = error?.graphQLErrors[0]?.extensions?.code === 'ACTION_NOT_FOUND';

  if (notFound) return <p role="alert">{t('action.notFound', { ref })}</p>;
  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      {action && (
        <article className="action-page">
          <p className="breadcrumb">
            <Link to={{ pathname: '/plan', search }}>{t('nav.plan')}</Link> › {t('plan.pillar', { number: action.project.axis.pillar.number })}{' '}
            {action.project.axis.pillar.name} › {t('action.axis', { number: axisRef(action.project.axis.pillar.number, action.project.axis.number) })}{' '}
            {action.project.axis.title} › {t('action.project', { code: action.project.ref })} {action.project.title}
          </p>
          <h1>
            <PlanRef value={action.ref} /> {action.title}
          </h1>
          <div className="action-summary">
            <ActionHealthBadge health={action.healthDetail.health} />
            <span data-testid="action-status">{t(`status.${action.status}`)}</span>
            <span data-testid="action-progress">{format.percent(action.progress)}</span>
            <span>
              {t(`healthReason.${action.healthDetail.reason}`, {
                days: action.healthDetail.days ?? 0,
                expected: action.healthDetail.expectedProgress ?? 0,
                ref: action.healthDetail.predecessorRef ?? '',
              })}
            </span>
          </div>

          <dl className="facts">
            <dt>{t('action.deadline')}</dt>
            <dd>
              {action.deadline.raw ?? t('action.noDeadline')} — {t(`deadlineKind.${action.deadline.kind}`)}
              {action.deadline.dueDate && ` · ${t('action.dueDate')} ${format.date(action.deadline.dueDate)}`}
            </dd>
            <dt>{t('action.owners')}</dt>
            <dd>{participants(action.participants, 'OWNER') || '—'}</dd>
            <dt>{t('action.partners')}</dt>
            <dd>{participants(action.participants, 'PARTNER') || '—'}</dd>
            {action.subActions.length > 0 && (
              <>
                <dt>{t('action.subActions')}</dt>
                <dd>
                  <ul>
                    {action.subActions.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            <dt>{t('action.source')}</dt>
            <dd>
              {action.source ? t('action.sourceLines', { from: action.source.fromLine, to: action.source.toLine }) : '—'}
              {action.codeAsPrinted && ` · ${t('action.printedAs', { code: action.codeAsPrinted })}`}
              {action.flags.length > 0 && ` · ${action.flags.join(', ')}`}
            </dd>
          </dl>

          <ActionPlanSection actionRef={action.ref} asOf={asOf} onChanged={() => void refetch()} />

          <IndicatorList indicators={action.indicators} onSaved={() => refetch()} actionRef={action.ref} />

          <ActionFinancingSection actionRef={action.ref} />

          {action.viewerCanUpdate ? (
            <UpdateStatusForm
              key={action.ref}
              actionRef={action.ref}
              version={action.version}
              current={{ status: action.currentStatus, progress: action.currentProgress }}
              onSaved={() => refetch()}
            />
          ) : (
            <p className="hint" data-testid="read-only">
              {t('action.readOnly')}
            </p>
          )}

          <section aria-labelledby="history-title">
            <h2 id="history-title">{t('action.history', { count: action.history.length })}</h2>
            {action.history.length === 0 ? (
              <p>{t('action.noHistory')}</p>
            ) : (
              <ol className="timeline" data-testid="history">
                {action.history.map((entry) => (
                  <li key={entry.id} className={entry.effectiveDate > asOf ? 'timeline__later' : undefined}>
                    {entry.effectiveDate > asOf && (
                      <p className="later-mark" data-testid="after-as-of">
                        {t('ux.afterAsOf', { date: format.date(asOf) })}
                      </p>
                    )}
                    <p>
                      <strong>{format.date(entry.effectiveDate)}</strong> · {t(`status.${entry.status}`)} · {format.percent(entry.progress)}
                    </p>
                    <p>{entry.comment}</p>
                    {entry.evidenceUrls.length > 0 && (
                      <ul>
                        {entry.evidenceUrls.map((url) => (
                          <li key={url}>
                            <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                              {url}
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                    <p className="hint">{t('action.enteredBy', { name: entry.author?.name ?? '?', date: new Date(entry.enteredAt).toLocaleString() })}</p>
                    <EvidenceFileList files={action.evidenceFiles.filter((file) => file.statusUpdateId === entry.id)} />
                  </li>
                ))}
              </ol>
            )}
          </section>

          <ActionEvidence
            actionRef={action.ref}
            count={action.evidenceFileCount}
            files={action.evidenceFiles}
            canAttach={action.viewerCanComment}
            onSent={() => refetch()}
          />

          <ActionDiscussion actionRef={action.ref} />
        </article>
      )}
    </PageState>
  );
}

function participants(list: { role: string; printedName: string; organisation: { acronym?: string | null; name: string } }[], role: string) {
  return list
    .filter((p) => p.role === role)
    .map((p) => (p.organisation.acronym && p.organisation.acronym !== p.printedName ? `${p.printedName} (${p.organisation.acronym})` : p.printedName))
    .join(', ');
}
