import { FormEvent, ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveNotices } from '../shared/SaveNotices';

export interface IndicatorFormPanelProps {
  title: string;
  onSubmit: (event: FormEvent) => void;
  conflict: { currentVersion: number } | null;
  saved: boolean;
  savedText: string;
  conflictTestId?: string;
  children: ReactNode;
}

/** A form folded under its title on an indicator card (the card stays short), with the conflict / saved notices on top. */
export function IndicatorFormPanel({ title, onSubmit, conflict, saved, savedText, conflictTestId, children }: IndicatorFormPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <details className="indicator-record" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary id={`${id}-title`}>{title}</summary>
      <form className="indicator-form" onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
        <SaveNotices
          conflict={conflict}
          saved={saved}
          conflictTitle={t('indicators.record.conflictTitle')}
          conflictBody={(version) => t('indicators.record.conflictBody', { version })}
          savedText={savedText}
          conflictTestId={conflictTestId}
        />
        {children}
      </form>
    </details>
  );
}
