import { useApolloClient } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { useLogoutMutation } from '../../generated/graphql';

export function UserMenu({ name, role }: { name: string; role: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [logout, { loading }] = useLogoutMutation();
  return (
    <div className="user-menu">
      <span>
        {name} · {t(`roles.${role}`)}
      </span>
      <button type="button" className="button--ghost" disabled={loading} onClick={() => void logout().then(() => client.resetStore())}>
        {t('auth.signOut')}
      </button>
    </div>
  );
}
