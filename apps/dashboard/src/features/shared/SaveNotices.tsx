export interface SaveNoticesProps {
  conflict: { currentVersion: number } | null;
  saved: boolean;
  /** Translated texts; `conflictBody` receives the version the record is now at. */
  conflictTitle: string;
  conflictBody: (version: number) => string;
  savedText: string;
  conflictTestId?: string;
}

/** Above a versioned form: the conflict alert (someone saved in between) or the saved confirmation. */
export function SaveNotices({ conflict, saved, conflictTitle, conflictBody, savedText, conflictTestId }: SaveNoticesProps) {
  return (
    <>
      {conflict && (
        <div role="alert" className="conflict" data-testid={conflictTestId}>
          <strong>{conflictTitle}</strong>
          <p>{conflictBody(conflict.currentVersion)}</p>
        </div>
      )}
      {saved && (
        <p role="status" className="saved">
          {savedText}
        </p>
      )}
    </>
  );
}
