import type { ApolloError } from '@apollo/client';
import type { PasswordOwner } from '@pnq/domain';
import { FormEvent, ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordErrorMessage } from './PasswordErrorMessage';
import { PasswordField } from './PasswordField';

/** Choosing a password (an invitation, a reset, a change): the new one with live feedback, typed twice, and the server's answer. */
export function NewPasswordForm({
  owner,
  submitLabel,
  busy,
  error,
  onSubmit,
  before,
}: {
  owner: PasswordOwner;
  submitLabel: string;
  busy: boolean;
  error?: ApolloError | null;
  onSubmit: (password: string) => void;
  /** Fields shown before the new password (a name, the current password). */
  before?: ReactNode;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [tried, setTried] = useState(false);
  const mismatch = confirmation !== password;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!mismatch) onSubmit(password);
  };

  return (
    <form className="panel-form" onSubmit={submit}>
      {before}
      <PasswordField label={t('account.password.new')} value={password} onChange={setPassword} owner={owner} />
      <label>
        <span>{t('account.password.confirm')}</span>
        <input type="password" autoComplete="new-password" required value={confirmation} onChange={(e) => setConfirmation(e.target.value)} />
      </label>
      {tried && mismatch && (
        <p role="alert" className="form-error">
          {t('account.password.mismatch')}
        </p>
      )}
      <PasswordErrorMessage error={error} />
      <button type="submit" disabled={busy}>
        {busy ? t('common.loading') : submitLabel}
      </button>
    </form>
  );
}
