import { PASSWORD_POLICY, PasswordOwner, PasswordVerdict } from '@pnq/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePasswordVerdict } from './usePasswordVerdict';

/**
 * A new password with live feedback in the interface language: a strength meter, each rule it breaks, and the
 * estimator's advice — the same rule the API applies (it still refuses with WEAK_PASSWORD).
 */
export function PasswordField({ label, value, onChange, owner }: { label: string; value: string; onChange: (value: string) => void; owner: PasswordOwner }) {
  const { t } = useTranslation();
  const id = useId();
  const verdict = usePasswordVerdict(value, owner);
  return (
    <div className="password-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete="new-password"
        required
        value={value}
        aria-describedby={`${id}-rules ${id}-feedback`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-rules`} className="hint">
        {t('account.password.rules', { min: PASSWORD_POLICY.minLength })}
      </p>
      <div id={`${id}-feedback`} aria-live="polite" data-testid="password-feedback">
        {verdict && <PasswordFeedback verdict={verdict} />}
      </div>
    </div>
  );
}

export function PasswordFeedback({ verdict }: { verdict: Pick<PasswordVerdict, 'acceptable' | 'problems' | 'score' | 'warning'> }) {
  const { t } = useTranslation();
  const level = verdict.acceptable ? (verdict.score >= 4 ? 'strong' : 'good') : 'weak';
  return (
    <>
      <div className="strength">
        <meter min={0} max={4} low={2} high={3} optimum={4} value={verdict.score} aria-label={t('account.password.strength')} />
        <span className={`strength__label strength__label--${level}`}>{t(`account.password.level.${level}`)}</span>
      </div>
      {verdict.problems.length > 0 && (
        <ul className="form-error">
          {verdict.problems.map((problem) => (
            <li key={problem}>{t(`account.password.problems.${problem}`, { min: PASSWORD_POLICY.minLength, max: PASSWORD_POLICY.maxLength })}</li>
          ))}
          {verdict.warning && <li>{t(`account.password.warnings.${verdict.warning}`, { defaultValue: '' })}</li>}
        </ul>
      )}
    </>
  );
}
