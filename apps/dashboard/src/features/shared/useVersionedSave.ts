import type { ApolloError } from '@apollo/client';
import { useState } from 'react';

/** The version the record is now at, when a mutation failed with VERSION_CONFLICT (someone saved in between); else null. */
export function versionConflictOf(caught: unknown): { currentVersion: number } | null {
  const first = (caught as ApolloError).graphQLErrors?.[0];
  return first?.extensions?.code === 'VERSION_CONFLICT' ? { currentVersion: Number(first.extensions.currentVersion) } : null;
}

/**
 * Saving with optimistic concurrency, as every form that sends expectedVersion does: on success the draft is
 * cleared and the page reloads; on VERSION_CONFLICT the typed text is kept, the page reloads the latest state,
 * and the next save goes on the version the server reported.
 */
export function useVersionedSave(onSaved: () => Promise<unknown>) {
  const [conflict, setConflict] = useState<{ currentVersion: number } | null>(null);
  const [saved, setSaved] = useState(false);
  const save = async (mutate: (conflictVersion: number | undefined) => Promise<unknown>, clearDraft: () => void) => {
    try {
      await mutate(conflict?.currentVersion);
      setConflict(null);
      setSaved(true);
      clearDraft();
      await onSaved();
    } catch (caught) {
      const newer = versionConflictOf(caught);
      if (newer) {
        setConflict(newer);
        await onSaved();
      }
    }
  };
  return { conflict, saved, setSaved, save };
}
