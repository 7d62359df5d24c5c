import { Component, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface State {
  failed: boolean;
}

/**
 * Catches a screen that cannot be shown — most often its code that failed to load (offline, or a redeploy
 * renamed the files the open tab asks for) — and offers a reload instead of a blank page. `resetKey` (the
 * path) lets the next page be tried again.
 */
export class LoadErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State & { key: string }> {
  override state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: State & { key: string }) {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}

function LoadFailed() {
  const { t } = useTranslation();
  return (
    <div role="alert" className="query-state--error" data-testid="load-failed">
      <h1>{t('ux.loadFailed.title')}</h1>
      <p>{t('ux.loadFailed.body')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('ux.loadFailed.reload')}
      </button>
    </div>
  );
}
