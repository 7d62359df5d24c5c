import { judgePassword, PasswordOwner, PasswordVerdict, StrengthEstimator } from '@pnq/domain';
import { useEffect, useMemo, useState } from 'react';

let loading: Promise<StrengthEstimator> | null = null;
const loadEstimator = () => (loading ??= import('./password-estimator').then((module) => module.estimator));

/**
 * The API's password rule, live in the browser (libs/domain's `judgePassword` with the same estimator), so a person
 * sees why a password would be refused before sending it. null until the dictionaries have loaded, or while empty.
 */
export function usePasswordVerdict(password: string, owner: PasswordOwner): PasswordVerdict | null {
  const [estimator, setEstimator] = useState<StrengthEstimator | null>(null);
  useEffect(() => {
    let live = true;
    void loadEstimator().then((loaded) => live && setEstimator(() => loaded));
    return () => {
      live = false;
    };
  }, []);
  const { email, name } = owner;
  return useMemo(() => (estimator && password ? judgePassword(password, { email, name }, estimator) : null), [estimator, password, email, name]);
}
