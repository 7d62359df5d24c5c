import { useTranslation } from 'react-i18next';
import { useMyDecisionsQuery } from '../../generated/graphql';
import { DecisionsTable } from './DecisionsTable';

/** On "My actions": the steering decisions the organisation is responsible for, followed up like its actions. */
export function MyDecisionsSection({ asOf }: { asOf: string | undefined }) {
  const { t } = useTranslation();
  const { data, refetch } = useMyDecisionsQuery({ variables: { asOf }, fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  return (
    <section aria-labelledby="my-decisions-title" data-testid="my-decisions">
      <h2 id="my-decisions-title">{t('steering.myDecisions')}</h2>
      {data.myDecisions.length === 0 ? (
        <p>{t('steering.myDecisionsEmpty')}</p>
      ) : (
        <DecisionsTable decisions={data.myDecisions} showSession onUpdated={() => void refetch()} />
      )}
    </section>
  );
}
