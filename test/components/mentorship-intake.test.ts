import { expect, html, waitUntil } from '@open-wc/testing';
import {
  createMemoryClient,
  MentorshipError,
  type MentorshipClient,
  type MentorshipIntake,
  type ProfileSavedEvent,
} from '../../src/index.js';
import { deepActiveElement } from '../support/card-harness.js';
import { eventsPerTest, loaded, mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend } from '../support/mock-backend.js';

const NOW = '2026-11-24T12:00:00.000Z';

const root = (intake: Element) => intake.shadowRoot!;
const one = <T extends Element = HTMLElement>(intake: Element, selector: string) => root(intake).querySelector<T>(selector)!;
const box = (intake: Element, name: string, label: string) =>
  [...root(intake).querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find(input => textOf(input.closest('label')) === label)!;
const tick = (input: HTMLInputElement) => input.click();
const type = (field: HTMLInputElement | HTMLTextAreaElement, text: string) => {
  field.value = text;
  field.dispatchEvent(new Event('input'));
};
const summary = (intake: Element) =>
  Object.fromEntries(
    [...root(intake).querySelectorAll('[part="profile"] dt')].map(term => [textOf(term), textOf(term.nextElementSibling)]),
  );

describe('<mentorship-intake>', () => {
  const backend = usePinnedBackend(NOW);
  const saved = eventsPerTest<ProfileSavedEvent>('mentorship-profile-saved');
  const student = () => createMemoryClient({ store: backend.store });

  async function mountIntake(options: { locale?: string; client?: MentorshipClient } = {}) {
    const intake = await mount<MentorshipIntake>(html`<mentorship-intake></mentorship-intake>`, {
      apiBase: options.client ? undefined : '/api',
      ...options,
    });
    await loaded(intake);
    return intake;
  }

  it('asks first: the questionnaire, saved to the backend, then shown and editable', async () => {
    const intake = await mountIntake();
    expect(textOf(one(intake, 'h3'))).to.equal('Your mentoring needs');
    expect(textOf(one(intake, '.intake > p.muted'))).to.contain('mentors are ranked for you');
    // The mentors' skills to choose from; the page's language already chosen.
    expect(box(intake, 'skill', 'React')).to.exist;
    expect(box(intake, 'language', 'English').checked).to.equal(true);
    expect(textOf(one(intake, '#intake-zone'))).to.equal('In your time zone (Colombia Standard Time)');

    type(one(intake, '#intake-goals'), 'Land my first front-end job');
    tick(box(intake, 'skill', 'React'));
    type(one(intake, '#intake-other'), 'Docker, public speaking');
    tick(box(intake, 'level', 'Beginner'));
    tick(box(intake, 'language', 'Spanish'));
    tick(box(intake, 'weekday', 'Wednesday'));
    tick(box(intake, 'part', 'Evening (18–22)'));
    await intake.updateComplete;
    one<HTMLButtonElement>(intake, '[part~="save-profile"]').click();

    await waitUntil(() => saved().length === 1, 'never saved', { timeout: 5000 });
    expect(textOf(one(intake, '[part="notice"]'))).to.equal('Saved. Mentors are now ranked for you.');
    const profile = (await student().getProfile!())!;
    expect(profile).to.deep.include({
      goals: 'Land my first front-end job',
      skills: ['React', 'Docker', 'public speaking'],
      level: 'beginner',
      languages: ['en', 'es'],
      times: { weekdays: [3], parts: ['evening'] },
      timezone: 'America/Bogota',
    });
    expect(saved()[0].detail.profile.goals).to.equal('Land my first front-end job');
    expect(summary(intake)).to.deep.equal({
      'What do you want to achieve?': 'Land my first front-end job',
      'Skills you want help with': 'React, Docker, and public speaking',
      'Your experience': 'Beginner',
      'Languages you can be mentored in': 'English and Spanish',
      'When you prefer to meet': 'Wednesday · Evening (18–22) · America/Bogota',
    });
    expect(textOf(one(intake, '.intake > p.muted'))).to.equal('Last updated November 24, 2026');

    // Edit: the saved answers in the form; Cancel leaves them.
    one<HTMLButtonElement>(intake, '[part~="edit-profile"]').click();
    await intake.updateComplete;
    expect(deepActiveElement()).to.equal(one(intake, '#intake-goals'));
    expect(box(intake, 'skill', 'React').checked).to.equal(true);
    // A typed skill a mentor lists comes back as a choice; the others stay typed.
    expect(box(intake, 'skill', 'Docker').checked).to.equal(true);
    expect(one<HTMLInputElement>(intake, '#intake-other').value).to.equal('public speaking');
    expect(box(intake, 'weekday', 'Wednesday').checked).to.equal(true);
    tick(box(intake, 'part', 'Morning (6–12)'));
    one<HTMLButtonElement>(intake, '[part~="save-profile"]').click();
    await waitUntil(() => saved().length === 2, 'the change was never saved', { timeout: 5000 });
    expect((await student().getProfile!())!.times.parts).to.deep.equal(['morning', 'evening']);
  });

  it('says what is missing beside the field, puts the keyboard there, and sends nothing', async () => {
    const intake = await mountIntake();
    one<HTMLButtonElement>(intake, '[part~="save-profile"]').click();
    await waitUntil(() => one(intake, '[part="field-error"]'), 'no error shown');
    const goals = one(intake, '#intake-goals');
    expect(textOf(one(intake, '[part="field-error"]'))).to.equal('Say what you want to achieve.');
    expect(goals.getAttribute('aria-invalid')).to.equal('true');
    expect(goals.getAttribute('aria-describedby')).to.contain('intake-goals-error');
    expect(textOf(one(intake, '[role="alert"]'))).to.equal('1 answer needs your attention.');
    expect(deepActiveElement()).to.equal(goals);
    expect(await student().getProfile!()).to.equal(null);
  });

  it('keeps every answer when the backend refuses, and shows its words', async () => {
    const memory = student();
    const client: MentorshipClient = {
      ...memory,
      saveProfile: () => Promise.reject(new MentorshipError('bad-request', 'Skills: at most 20.', { reason: 'Skills: at most 20.' })),
    };
    const intake = await mountIntake({ client });
    type(one(intake, '#intake-goals'), 'Learn SQL');
    tick(box(intake, 'weekday', 'Monday'));
    one<HTMLButtonElement>(intake, '[part~="save-profile"]').click();
    await waitUntil(() => one(intake, '[part="notice"]'), 'no refusal shown', { timeout: 5000 });
    expect(textOf(one(intake, '[part="notice"]'))).to.equal('Skills: at most 20.');
    expect(one<HTMLTextAreaElement>(intake, '#intake-goals').value).to.equal('Learn SQL');
    expect(box(intake, 'weekday', 'Monday').checked).to.equal(true);
  });

  it('a save that could not be confirmed, found later by the check when the browser is back online: saved, announced, the form closed', async () => {
    const memory = student();
    let online = true;
    const lost = () => Promise.reject(new MentorshipError('network', 'connection reset'));
    const client: MentorshipClient = {
      ...memory,
      // Offline: the answer is lost, and the backend cannot be asked whether it holds the answers.
      saveProfile: params => (online ? memory.saveProfile!(params) : lost()),
      getProfile: params => (online ? memory.getProfile!(params) : lost()),
    };
    const intake = await mountIntake({ client });
    online = false;
    type(one(intake, '#intake-goals'), 'Learn SQL');
    tick(box(intake, 'weekday', 'Monday'));
    one<HTMLButtonElement>(intake, '[part~="save-profile"]').click();
    await waitUntil(() => textOf(one(intake, '[part="notice"]')).includes('could not confirm'), 'no unconfirmed notice', { timeout: 5000 });
    expect(saved()).to.have.length(0);
    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => saved().length === 1, 'the save found by the check was not announced', { timeout: 5000 });
    await waitUntil(() => !one(intake, '#intake-goals'), 'the form stayed open', { timeout: 5000 });
    expect(textOf(one(intake, '[part="notice"]'))).to.equal('Saved. Mentors are now ranked for you.');
    expect((await memory.getProfile!())?.goals).to.equal('Learn SQL');
  });

  it('shows the student’s own words as text, in Spanish', async () => {
    await student().saveProfile!({
      profile: {
        goals: '<img src=x onerror="window.hacked=1">',
        skills: ['<b>SQL</b>'],
        level: null,
        languages: ['es'],
        times: { weekdays: [], parts: [] },
        timezone: 'America/Bogota',
      },
    });
    const intake = await mountIntake({ locale: 'es' });
    expect(summary(intake)).to.deep.equal({
      '¿Qué quieres lograr?': '<img src=x onerror="window.hacked=1">',
      'Habilidades en las que quieres ayuda': '<b>SQL</b>',
      'Idiomas en los que puedes recibir mentoría': 'español',
      'Cuándo prefieres reunirte': 'Cualquier momento',
    });
    expect(root(intake).querySelector('img, b')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
    one<HTMLButtonElement>(intake, '[part~="edit-profile"]').click();
    await intake.updateComplete;
    expect(box(intake, 'weekday', 'lunes')).to.exist;
    expect(one<HTMLInputElement>(intake, '#intake-other').value).to.equal('<b>SQL</b>');
  });

  it('says so for a backend without profiles', async () => {
    const memory = student();
    const intake = await mountIntake({ client: { ...memory, capabilities: { ...memory.capabilities, profile: false } } });
    expect(textOf(one(intake, '[part="unavailable"]'))).to.equal('This programme does not collect mentoring preferences.');
  });
});
