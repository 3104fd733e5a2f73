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
      'goal',
      'reminder-minutes',
      'open',
      'learn-more-url',
      'purchase-url',
      'support-url',
      'support-email',
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
    const goals = (await elements()).get('mentorship-goals')!;
    expect(goals.attributes!.map(attribute => attribute.name)).to.include('booking-url').and.not.include.members(['editing', 'draft', 'errors', 'notice']);
    const journey = (await elements()).get('mentorship-journey')!;
    expect(journey.attributes!.map(attribute => attribute.name))
      .to.include.members(['support-url', 'support-email'])
      .and.not.include.members(['closing', 'errors', 'notice']);
  });
});

describe('editor data (from custom-elements.json)', () => {
  it('VS Code and JetBrains data list every tag with its attributes and their values', async () => {
    const tags = [...(await elements()).keys()].sort();
    const vscode = (await (await fetch('/vscode.html-custom-data.json')).json()) as {
      tags: Array<{ name: string; attributes: Array<{ name: string; values?: Array<{ name: string }> }> }>;
    };
    expect(vscode.tags.map(tag => tag.name)).to.deep.equal(tags);
    const agenda = vscode.tags.find(tag => tag.name === 'mentor-agenda')!;
    expect(agenda.attributes.find(attribute => attribute.name === 'theme')!.values!.map(value => value.name)).to.deep.equal(['light', 'dark']);
    const webTypes = (await (await fetch('/web-types.json')).json()) as {
      contributions: { html: { elements: Array<{ name: string; attributes: Array<{ name: string }>; events: Array<{ name: string }> }> } };
    };
    const card = webTypes.contributions.html.elements.find(element => element.name === 'mentor-schedule-card')!;
    expect(webTypes.contributions.html.elements.map(element => element.name)).to.deep.equal(tags);
    expect(card.attributes.map(attribute => attribute.name)).to.include('learn-more-url');
    expect(card.events.map(event => event.name)).to.include('mentorship-booked');
    const { 'web-types': pointer } = (await (await fetch('/package.json')).json()) as { 'web-types': string };
    expect(pointer).to.equal('./web-types.json');
  });
});
