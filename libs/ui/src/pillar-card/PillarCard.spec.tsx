import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PillarCard } from './PillarCard';

afterEach(cleanup);

describe('PillarCard', () => {
  it('shows the pillar name as a heading with its facts as a list', () => {
    render(<PillarCard number={3} heading="Pilier 3" name="Métrologie" facts={['6 axes', '24 projets']} />);
    const card = screen.getByRole('article', { name: 'Métrologie' });
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe('Métrologie');
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['6 axes', '24 projets']);
    expect(within(card).getByText('Pilier 3')).toBeTruthy();
  });
});
