import { describe, expect, it } from 'vitest';
import { summarisePillar } from './summarise-pillar';

describe('summarisePillar', () => {
  it('counts axes, projects and actions, including projects without actions', () => {
    const pillar = {
      axes: [{ projects: [{ actions: [1, 2] }, { actions: [] }] }, { projects: [{ actions: [3] }] }],
    };
    expect(summarisePillar(pillar)).toEqual({ axes: 2, projects: 3, actions: 3 });
  });
});
