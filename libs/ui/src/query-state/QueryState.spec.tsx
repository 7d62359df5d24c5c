import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryState } from './QueryState';

afterEach(cleanup);

const labels = { loadingLabel: 'Chargement…', errorTitle: 'Échec du chargement', retryLabel: 'Réessayer' };

describe('QueryState', () => {
  it('announces loading without showing the content', () => {
    render(
      <QueryState loading {...labels}>
        contenu
      </QueryState>,
    );
    expect(screen.getByRole('status').textContent).toBe('Chargement…');
    expect(screen.queryByText('contenu')).toBeNull();
  });

  it('shows the error and lets the person retry', () => {
    const onRetry = vi.fn();
    render(
      <QueryState loading={false} error={{ message: 'Failed to fetch' }} onRetry={onRetry} {...labels}>
        contenu
      </QueryState>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Failed to fetch');
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('shows the content once loaded', () => {
    render(
      <QueryState loading={false} {...labels}>
        contenu
      </QueryState>,
    );
    expect(screen.getByText('contenu')).toBeTruthy();
  });
});
