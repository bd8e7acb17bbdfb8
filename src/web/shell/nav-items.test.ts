import { describe, expect, it } from 'vitest';
import { abilitiesOf } from '../../platform/policy/policy.ts';
import { navItemsFor } from './nav-items.ts';

const pages = (role: Parameters<typeof abilitiesOf>[0]) => navItemsFor(abilitiesOf(role)).map((i) => i.to);

describe('main navigation', () => {
  it('shows the surveys to roles that may read their results without building them', () => {
    expect(pages('analyst')).toContain('/surveys');
    expect(pages('social_worker')).toContain('/surveys');
    expect(pages('network_coordinator')).toContain('/surveys');
  });

  it('shows an employer only the pages of its own company', () => {
    expect(pages('employer_user')).not.toContain('/surveys');
    expect(pages('employer_user')).not.toContain('/people');
    expect(pages('employer_user')).toContain('/vacancies');
  });
});
