import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseForComparison } from '@pnq/domain';
import { useAdminOrganisationsQuery } from '../../generated/graphql';
import { PageState } from '../shared/PageState';
import { AdminOnly } from './AdminOnly';
import { AdminTable } from './AdminTable';
import { CreateOrganisationForm } from './CreateOrganisationForm';
import { MergeOrganisationsForm } from './MergeOrganisationsForm';
import { OrganisationRow } from './OrganisationRow';
import { organisationLabel } from './organisation-options';

/** The organisations named by the plan: correct names, add bodies, merge duplicates. */
export default function OrganisationsAdminPage() {
  return (
    <AdminOnly>
      <OrganisationsAdmin />
    </AdminOnly>
  );
}

function OrganisationsAdmin() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useAdminOrganisationsQuery({ fetchPolicy: 'cache-and-network' });
  const [query, setQuery] = useState('');
  const all = [...(data?.organisations ?? [])].sort((a, b) => organisationLabel(a).localeCompare(organisationLabel(b), 'fr'));
  const needle = normaliseForComparison(query);
  const shown = all.filter((o) => !needle || normaliseForComparison(`${o.key} ${o.acronym ?? ''} ${o.name}`).includes(needle));

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{t('admin.organisations.title')}</h1>
      <div className="panel-grid">
        <CreateOrganisationForm onCreated={refetch} />
        <MergeOrganisationsForm organisations={all} onMerged={refetch} />
      </div>
      <AdminTable
        label={t('admin.organisations.title')}
        query={query}
        onQueryChange={setQuery}
        countLabel={t('admin.organisations.count', { count: shown.length, total: all.length })}
        columns={[
          t('admin.organisations.acronym'),
          t('admin.organisations.name'),
          t('admin.organisations.kind'),
          t('admin.organisations.owned'),
          t('admin.organisations.partnered'),
        ]}
        isEmpty={shown.length === 0}
      >
        {shown.map((organisation) => (
          <OrganisationRow key={organisation.key} organisation={organisation} />
        ))}
      </AdminTable>
    </PageState>
  );
}
