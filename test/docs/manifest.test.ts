import { expect } from '@open-wc/testing';

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string }>;
  members?: Array<{ name: string; privacy?: string }>;
}

/** custom-elements.json, as editors, Storybook and the README's reference read it. */
async function elements(): Promise<Map<string, Declaration>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: Array<{ declarations?: Declaration[] }> };
  const found = new Map<string, Declaration>();
  for (const module of manifest.modules) for (const declaration of module.declarations ?? []) if (declaration.tagName) found.set(declaration.tagName, declaration);
  return found;
}

describe('custom-elements.json', () => {
  it('lists only the public surface: no private state as attributes, no private members', async () => {
    const card = (await elements()).get('mentor-schedule-card')!;
    expect(card.attributes!.map(attribute => attribute.name)).to.deep.equal([
      'service',
      'mentor',
      'open',
      'learn-more-url',
      'purchase-url',
      'show-next-session',
      'api-base',
      'credentials',
      'locale',
      'time-zone',
      'theme',
    ]);
    for (const [tag, declaration] of await elements()) {
      const hidden = (declaration.members ?? []).filter(member => member.privacy === 'private' || member.name.startsWith('#'));
      expect(hidden.map(member => member.name), tag).to.deep.equal([]);
    }
    const sessions = (await elements()).get('mentorship-sessions')!;
    expect(sessions.attributes!.map(attribute => attribute.name)).not.to.include.members(['action', 'notice', 'busy', 'rating']);
  });
});
