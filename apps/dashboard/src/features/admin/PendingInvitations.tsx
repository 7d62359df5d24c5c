import { useTranslation } from 'react-i18next';
import { useInvitationsQuery, useResendInvitationMutation, useRevokeInvitationMutation } from '../../generated/graphql';
import { useFormat } from '../../i18n/useFormat';
import { MutationErrorMessage } from '../shared/MutationErrorMessage';
import { organisationLabel } from './organisation-options';
import { ScrollBox } from '../shared/ScrollBox';

/** Invitations not yet accepted: resend (a new link, the old one dies) or revoke. Remounted (a new key) after each invitation. */
export function PendingInvitations() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, refetch } = useInvitationsQuery({ fetchPolicy: 'cache-and-network' });
  const [resend, { loading: resending, error: resendError }] = useResendInvitationMutation();
  const [revoke, { loading: revoking, error: revokeError }] = useRevokeInvitationMutation();
  const invitations = data?.invitations ?? [];
  if (invitations.length === 0) return null;
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('admin.invitations.title', { count: invitations.length })}</h2>
      <ScrollBox label={t('admin.invitations.title', { count: invitations.length })}>
        <table className="data-table" data-testid="invitations-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.users.name')}</th>
              <th scope="col">{t('admin.users.role')}</th>
              <th scope="col">{t('admin.invitations.state')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id} data-testid={`invitation-${invitation.email}`}>
                <td>
                  <strong>{invitation.name}</strong>
                  <div className="hint">{invitation.email}</div>
                </td>
                <td>
                  {t(`roles.${invitation.role}`)}
                  {invitation.organisation && <div className="hint">{organisationLabel(invitation.organisation)}</div>}
                </td>
                <td>
                  {invitation.expired
                    ? t('admin.invitations.expired', { date: format.dateTime(invitation.expiresAt) })
                    : t('admin.invitations.pending', { date: format.dateTime(invitation.expiresAt) })}
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button--secondary"
                    disabled={resending}
                    aria-label={t('admin.invitations.resendTo', { email: invitation.email })}
                    onClick={() =>
                      void resend({ variables: { id: invitation.id } })
                        .then(() => refetch())
                        .catch(() => undefined)
                    }
                  >
                    {t('admin.invitations.resend')}
                  </button>
                  <button
                    type="button"
                    className="button--secondary"
                    disabled={revoking}
                    aria-label={t('admin.invitations.revokeOf', { email: invitation.email })}
                    onClick={() =>
                      void revoke({ variables: { id: invitation.id } })
                        .then(() => refetch())
                        .catch(() => undefined)
                    }
                  >
                    {t('admin.invitations.revoke')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <MutationErrorMessage error={resendError ?? revokeError} />
    </section>
  );
}
