import { useTranslation } from 'react-i18next';
import { useAsOf } from '../../app/useAsOf';
import { useActionFinancingQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { FinancingForm } from './FinancingForm';
import { FundingLinesTable } from './FundingLinesTable';
import { FundingStatusBadge } from './FundingStatusBadge';
import { RatesUsed } from './RatesUsed';
import { useMoney } from './useMoney';
import './financing.css';

/** The action page's financing: the version in force on the date, in its currencies and in MAD, its versions, and the form for its owners. */
export function ActionFinancingSection({ actionRef }: { actionRef: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { money } = useMoney();
  const [asOf] = useAsOf();
  const { data, refetch } = useActionFinancingQuery({ variables: { ref: actionRef, asOf }, fetchPolicy: 'cache-and-network' });
  const action = data?.action;
  if (!action) return null;
  const financing = action.financing;
  return (
    <section aria-labelledby="financing-title" className="financing-section" data-testid="financing-section">
      <h2 id="financing-title">{t('financing.title')}</h2>
      {!financing ? (
        <p data-testid="financing-not-recorded">{t('financing.notRecorded')}</p>
      ) : (
        <>
          <p>
            <FundingStatusBadge status={financing.status} /> {financing.needsFunding ? t('financing.needsFunding') : t('financing.noSpecificFunding')}
            {financing.needsFunding && (
              <>
                {' · '}
                {t('financing.estimatedCost')} :{' '}
                {financing.estimatedCost ? money(financing.estimatedCost, financing.costCurrency) : t('financing.notEstimated')}
              </>
            )}
          </p>
          {financing.needsFunding && (
            <dl className="facts financing-figures" data-testid="financing-in-mad">
              <dt>{t('financing.inMad', { date: format.date(financing.asOf) })}</dt>
              <dd>
                <RatesUsed rates={financing.ratesUsed} unconverted={financing.unconverted} />
              </dd>
              <dt>{t('financing.needed')}</dt>
              <dd>{financing.inMad.cost ? money(financing.inMad.cost) : t('financing.notEstimated')}</dd>
              <dt>{t('financing.secured')}</dt>
              <dd data-testid="financing-secured">{money(financing.inMad.secured)}</dd>
              <dt>{t('financing.disbursed')}</dt>
              <dd>{money(financing.inMad.disbursed)}</dd>
              <dt>{t('financing.gap')}</dt>
              <dd data-testid="financing-gap">{money(financing.inMad.gap)}</dd>
            </dl>
          )}
          {financing.needsFunding && <FundingLinesTable lines={financing.lines} />}
          <p className="hint">
            {t('financing.version', { version: financing.version, date: format.date(financing.effectiveDate), name: financing.author?.name ?? '?' })}
            {financing.comment && ` — ${financing.comment}`}
          </p>
        </>
      )}
      {action.viewerCanEditFinancing ? (
        <FinancingForm key={action.ref} actionRef={action.ref} version={action.financingVersion} current={financing} onSaved={() => refetch()} />
      ) : (
        <p className="hint">{t('financing.readOnly')}</p>
      )}
      {action.financingHistory.length > 0 && (
        <details>
          <summary>{t('financing.history', { count: action.financingHistory.length })}</summary>
          <ol className="timeline" data-testid="financing-history">
            {action.financingHistory.map((entry) => (
              <li key={entry.version}>
                v{entry.version} · {format.date(entry.effectiveDate)} · <FundingStatusBadge status={entry.status} /> · {entry.author?.name ?? '?'}
                {entry.comment && ` — ${entry.comment}`}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
