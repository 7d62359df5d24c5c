import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminUsersQuery } from '../../generated/graphql';
import { normaliseForComparison } from '@pnq/domain';
import { PageState } from '../shared/PageState';
import { AdminOnly } from './AdminOnly';
import { AdminTable } from './AdminTable';
import { InviteUserForm } from './InviteUserForm';
import { PendingInvitations } from './PendingInvitations';
import { organisationChoices } from './organisation-options';
import { UserRow } from './UserRow';

/** The secretariat's accounts: invite (the person sets their own password), pending invitations, change role or organisation, deactivate. */
export default function UsersAdminPage() {
  return (
    <AdminOnly>
      <UsersAdmin />
    </AdminOnly>
  );
}

function UsersAdmin() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useAdminUsersQuery({ fetchPolicy: 'cache-and-network' });
  const [query, setQuery] = useState('');
  const [invitations, setInvitations] = useState(0);
  const organisations = useMemo(() => organisationChoices(data?.organisations ?? []), [data]);
  const needle = normaliseForComparison(query);
  const users = (data?.users ?? []).filter(
    (u) => !needle || normaliseForComparison(`${u.name} ${u.email} ${u.organisation?.acronym ?? ''} ${u.organisation?.name ?? ''}`).includes(needle),
  );

  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      <h1>{t('admin.users.title')}</h1>
      <InviteUserForm organisations={organisations} onInvited={async () => setInvitations((n) => n + 1)} />
      <PendingInvitations key={invitations} />
      <AdminTable
        label={t('admin.users.title')}
        query={query}
        onQueryChange={setQuery}
        countLabel={t('admin.users.count', { count: users.length, total: data?.users.length ?? 0 })}
        columns={[t('admin.users.name'), t('admin.users.role'), t('admin.users.organisation'), t('admin.users.state')]}
        isEmpty={users.length === 0}
      >
        {users.map((user) => (
          <UserRow key={user.id} user={user} organisations={organisations} />
        ))}
      </AdminTable>
    </PageState>
  );
}
