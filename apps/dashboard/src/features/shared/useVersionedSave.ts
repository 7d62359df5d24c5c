import type { ApolloError } from '@apollo/client';
import { FormEvent, useState } from 'react';

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
  /** A form's onSubmit: nothing is sent while the rules find problems; the previous server error is cleared first. */
  const submitWith =
    (blocked: boolean, resetError: () => void, mutate: (conflictVersion: number | undefined) => Promise<unknown>, clearDraft: () => void = () => undefined) =>
    (event: FormEvent) => {
      event.preventDefault();
      if (blocked) return;
      resetError();
      void save(mutate, clearDraft);
    };
  return { conflict, saved, setSaved, submitWith };
}

/** A form's draft; every edit first calls `onEdit` (e.g. to hide the last "saved" message). */
export function useEditableDraft<T extends object>(initial: T, onEdit: () => void) {
  const [draft, setDraft] = useState<T>(initial);
  const set = <K extends keyof T>(key: K, value: T[K]) => {
    onEdit();
    setDraft((d) => ({ ...d, [key]: value }));
  };
  return { draft, setDraft, set };
}
