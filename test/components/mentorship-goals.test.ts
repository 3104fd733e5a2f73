import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import {
  createMemoryClient,
  MemoryStore,
  type GoalBookingRequestEvent,
  type GoalSavedEvent,
  type MentorshipGoals,
  type MentorshipClient,
} from '../../src/index.js';
import { clock } from '../../src/utils/clock.js';
import { DEFAULT_NOW, fixedClock } from '../support/clock.js';
import { chooseGoalDate, eventsPerTest, loaded, mount, textOf } from '../support/fixtures.js';
import { deepActiveElement } from '../support/card-harness.js';
import { serveStore, worker } from '../support/mock-backend.js';

const root = (goals: MentorshipGoals) => goals.shadowRoot!;
const goalItems = (goals: MentorshipGoals) => [...root(goals).querySelectorAll<HTMLElement>('[part="goal"]')];
const goalNamed = (goals: MentorshipGoals, title: string) => goalItems(goals).find(item => textOf(item.querySelector('h4')) === title)!;
const press = async (goals: MentorshipGoals, selector: string, within: ParentNode = root(goals)) => {
  within.querySelector<HTMLElement>(selector)!.click();
  await goals.updateComplete;
};
const type = async (goals: MentorshipGoals, selector: string, value: string) => {
  const field = root(goals).querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new InputEvent('input'));
  await goals.updateComplete;
};
const activeElement = (goals: MentorshipGoals) => root(goals).activeElement;
/** The form's code is fetched when first opened: wait for it. */
const formOpen = (goals: MentorshipGoals) =>
  waitUntil(() => root(goals).querySelector('[part="goal-form"]'), 'the form never opened', { timeout: 5000 });
const PROJECT = 'Ship my final project: a full-stack to-do app';

describe('<mentorship-goals>', () => {
  let store: MemoryStore;
  let client: MentorshipClient;
  const saved = eventsPerTest<GoalSavedEvent>('mentorship-goal-saved');
  const bookings = eventsPerTest<GoalBookingRequestEvent>('mentorship-goal-booking-request');
  const realNow = clock.now;

  beforeEach(async () => {
    clock.now = () => new Date(DEFAULT_NOW);
    store = new MemoryStore({ now: fixedClock() });
    client = createMemoryClient({ store });
    await serveStore(store);
  });
  afterEach(() => {
    clock.now = realNow;
  });

  it('lists the goals with their date, progress, SMART answers, action plan and the sessions booked for them', async () => {
    const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { apiBase: '/api' });
    await loaded(goals);
    expect(goalItems(goals).map(item => textOf(item.querySelector('h4')))).to.deep.equal([
      PROJECT,
      'Get my first interview for a junior developer role',
    ]);
    const project = goalNamed(goals, PROJECT);
    expect(textOf(project.querySelector('.meta'))).to.equal('By Dec 18, 2026 · Your mentors can see it');
    // A real progress bar, its value read out in words.
    const bar = project.querySelector<HTMLProgressElement>('progress[part="progress"]')!;
    expect(bar.value).to.equal(50);
    expect(bar.getAttribute('aria-label')).to.equal(`Progress of “${PROJECT}”`);
    expect(bar.getAttribute('aria-valuetext')).to.equal('50% done');
    expect(textOf(project.querySelector('.smart'))).to.match(/^Why It is the project .* Done when Deployed online/);
    const steps = [...project.querySelectorAll<HTMLInputElement>('[part="steps"] input[type="checkbox"]')];
    expect(steps.map(step => step.checked)).to.deep.equal([true, true, false, false]);
    // The sessions for it: the past one with the mentor's summary and next steps.
    const sessions = project.querySelector('[part="goal-sessions"]')!;
    expect(textOf(sessions.querySelector('summary'))).to.equal('Sessions for this goal (2)');
    expect(textOf(sessions.querySelector('[part="summary"]'))).to.match(/^Your mentor’s summary: We walked through the component tree/);
    expect([...sessions.querySelectorAll('[part="action-items"] li')].map(item => textOf(item))).to.deep.equal([
      'Move the to-do list state into a React context',
      'Write tests for adding and completing a to-do',
    ]);
  });

  for (const [locale, legend, parts, december] of [
    ['en', 'By when?', ['Month', 'Day', 'Year'], 'December'],
    ['es', '¿Para cuándo?', ['Día', 'Mes', 'Año'], 'Diciembre'],
  ] as const)
    it(`"By when?" is chosen in the widget's language and its order, with the keyboard (${locale})`, async () => {
      const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { client, locale });
      await loaded(goals);
      await press(goals, '[part~="new-goal"]');
      await formOpen(goals);
      const fieldset = [...root(goals).querySelectorAll('fieldset')].find(each => textOf(each.querySelector('legend')) === legend)!;
      const selects = [...fieldset.querySelectorAll('select')];
      expect(selects.map(select => select.getAttribute('aria-label'))).to.deep.equal(parts);
      // Nothing chosen yet: each choice shows what it asks for, never a browser's "mm/dd/yyyy".
      expect(selects.map(select => select.selectedOptions[0].textContent.trim())).to.deep.equal(parts);
      const month = selects.find(select => select.name === 'targetDate-month')!;
      expect(textOf(month.options[12])).to.equal(december);
      // The years from this one (tomorrow's) for six years.
      const year = selects.find(select => select.name === 'targetDate-year')!;
      expect([...year.options].slice(1).map(option => option.value)).to.deep.equal(['2026', '2027', '2028', '2029', '2030', '2031']);

      await type(goals, '#title', 'Pass the JavaScript certification');
      await type(goals, '#successCriteria', 'A score of 80 or more');
      // With the keyboard: each choice takes what is typed on it.
      for (const [name, keys] of [
        ['targetDate-day', '20'],
        ['targetDate-month', december.slice(0, 3)],
        ['targetDate-year', '2026'],
      ]) {
        root(goals).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.focus();
        await sendKeys({ type: keys });
        await goals.updateComplete;
      }
      expect(selects.map(select => select.selectedOptions[0].textContent.trim())).to.deep.equal(
        locale === 'en' ? [december, '20', '2026'] : ['20', december, '2026'],
      );
      await press(goals, '[part~="save-goal"]');
      await waitUntil(() => saved().length === 1, 'no mentorship-goal-saved');
      expect(saved()[0].detail.goal.targetDate).to.equal('2026-12-20');
    });

  it('a day past the chosen month’s end becomes its last; a goal kept from an earlier year keeps its year', async () => {
    const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { client });
    await loaded(goals);
    await press(goals, '[part~="new-goal"]');
    await formOpen(goals);
    await chooseGoalDate(root(goals), '2027-01-31');
    const select = (part: string) => root(goals).querySelector<HTMLSelectElement>(`select[name="targetDate-${part}"]`)!;
    select('month').value = '04';
    select('month').dispatchEvent(new Event('input'));
    await goals.updateComplete;
    expect(select('day').value).to.equal('30');
    expect(select('day').options).to.have.length(31); // "Day" and the 30 days of April
    select('month').value = '02';
    select('month').dispatchEvent(new Event('input'));
    await goals.updateComplete;
    expect(select('day').value).to.equal('28');
  });

  it('creates a goal: each SMART question in plain words, errors next to their fields and announced, then saved', async () => {
    const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { client });
    await loaded(goals);
    await press(goals, '[part~="new-goal"]');
    await waitUntil(() => activeElement(goals)?.id === 'title', 'the title field never got the keyboard', { timeout: 5000 });
    const form = root(goals).querySelector('[part="goal-form"]')!;
    expect([...form.querySelectorAll('label[for], legend')].map(label => textOf(label))).to.deep.equal([
      'What do you want to achieve?',
      'Why does it matter to you? (optional)',
      'How will you know it is done?',
      'By when?',
      'Steps to get there (optional)',
    ]);

    // Nothing written: three errors, each beside its field, and the keyboard on the first.
    await press(goals, '[part~="save-goal"]');
    expect(textOf(form.querySelector('[role="alert"]'))).to.equal('Check the 3 fields marked below.');
    const title = root(goals).querySelector<HTMLInputElement>('#title')!;
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(title.getAttribute('aria-describedby')).to.equal('title-hint title-error');
    expect(textOf(root(goals).querySelector('#title-error'))).to.equal('Say what you want to achieve.');
    expect(textOf(root(goals).querySelector('#successCriteria-error'))).to.equal('Say how you will know it is done.');
    expect(textOf(root(goals).querySelector('#targetDate-error'))).to.equal('Choose a date after today.');
    await waitUntil(() => activeElement(goals) === title, 'the first wrong field did not get the keyboard');
    expect(saved()).to.have.length(0);

    // Today is not after today.
    await type(goals, '#title', 'Pass the JavaScript certification');
    await type(goals, '#successCriteria', 'A score of 80 or more');
    await chooseGoalDate(root(goals), '2026-11-24');
    await press(goals, '[part~="save-goal"]');
    expect(textOf(root(goals).querySelector('#targetDate-error'))).to.equal('Choose a date after today.');

    await chooseGoalDate(root(goals), '2026-12-20');
    await press(goals, '[part~="add-step"]');
    await type(goals, '[part="goal-form"] .step-inputs input', 'Two practice exams');
    await press(goals, '[part~="save-goal"]');
    await waitUntil(() => saved().length === 1, 'no mentorship-goal-saved');
    expect(saved()[0].detail.goal).to.include({ title: 'Pass the JavaScript certification', targetDate: '2026-12-20', shared: true });
    await waitUntil(() => goalItems(goals).some(item => textOf(item.querySelector('h4')) === 'Pass the JavaScript certification'));
    expect(root(goals).querySelector('[part="goal-form"]')).to.equal(null);
    expect(textOf(root(goals).querySelector('[part="notice"]'))).to.equal('Goal saved.');
    expect((await client.listGoals!()).map(goal => goal.title)).to.include('Pass the JavaScript certification');
  });

  it('edits a goal in place, and Cancel gives the keyboard back to the goal', async () => {
    const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { client });
    await loaded(goals);
    const edit = goalNamed(goals, PROJECT).querySelector<HTMLButtonElement>('[part~="edit-goal"]')!;
    expect(edit.getAttribute('aria-label')).to.equal(`Edit “${PROJECT}”`);
    edit.click();
    await formOpen(goals);
    expect(root(goals).querySelector<HTMLInputElement>('#title')!.value).to.equal(PROJECT);
    await press(goals, '[part~="cancel-goal"]');
    await waitUntil(() => activeElement(goals)?.matches('h4') && textOf(activeElement(goals)) === PROJECT, 'focus did not come back');

    goalNamed(goals, PROJECT).querySelector<HTMLButtonElement>('[part~="edit-goal"]')!.click();
    await formOpen(goals);
    await type(goals, '#title', 'Ship my final project');
    await press(goals, '[part~="save-goal"]');
    await waitUntil(() => saved().length === 1);
    await waitUntil(() => goalItems(goals).some(item => textOf(item.querySelector('h4')) === 'Ship my final project'));
    // Its past date is kept, its steps untouched.
    const [project] = await client.listGoals!();
    expect(project).to.include({ title: 'Ship my final project', progress: 50 });
    expect(project.steps).to.have.length(4);
  });

  it('ticks a step of the action plan: progress moves, and the goal is saved', async () => {
    const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { client });
    await loaded(goals);
    const third = goalNamed(goals, PROJECT).querySelectorAll<HTMLInputElement>('[part="steps"] input')[2];
    third.click();
    await waitUntil(() => saved().length === 1, 'no save');
    expect(saved()[0].detail.goal.progress).to.equal(75);
    await waitUntil(() => goalNamed(goals, PROJECT).querySelector<HTMLProgressElement>('progress')?.value === 75, 'the bar did not move');
    expect(goalNamed(goals, PROJECT).querySelector('progress')!.getAttribute('aria-valuetext')).to.equal('75% done');
  });

  it('achieves, drops and reopens goals; a goal without steps moves by its slider', async () => {
    await client.saveGoal!({
      goal: { title: 'Read a book on SQL', successCriteria: 'Finished it', targetDate: '2027-01-10' },
      idempotencyKey: 'k',
    });
    const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { client });
    await loaded(goals);
    const slider = goalNamed(goals, 'Read a book on SQL').querySelector<HTMLInputElement>('input[type="range"][part="progress"]')!;
    expect(slider.getAttribute('aria-valuetext')).to.equal('0% done');
    slider.value = '40';
    slider.dispatchEvent(new Event('change'));
    await waitUntil(() => saved().length === 1);
    expect(saved()[0].detail.goal.progress).to.equal(40);

    await waitUntil(() => !goalNamed(goals, PROJECT).querySelector<HTMLButtonElement>('[part~="achieve-goal"]')!.disabled);
    await press(goals, '[part~="achieve-goal"]', goalNamed(goals, PROJECT));
    await waitUntil(() => saved().length === 2);
    await waitUntil(() => textOf(goalNamed(goals, PROJECT)?.querySelector('[part="goal-status"]')) === 'Achieved');
    // Achieved: nothing to tick or book any more, and it can be made active again.
    expect(goalNamed(goals, PROJECT).querySelector('[part~="book-for-goal"]')).to.equal(null);
    expect([...goalNamed(goals, PROJECT).querySelectorAll<HTMLInputElement>('[part="steps"] input')].every(box => box.disabled)).to.equal(
      true,
    );
    await press(goals, '[part~="reopen-goal"]', goalNamed(goals, PROJECT));
    await waitUntil(() => saved().length === 3);
    await waitUntil(() => !goalNamed(goals, PROJECT).querySelector('[part="goal-status"]'));

    const interview = 'Get my first interview for a junior developer role';
    await waitUntil(() => !goalNamed(goals, interview).querySelector<HTMLButtonElement>('[part~="drop-goal"]')!.disabled);
    await press(goals, '[part~="drop-goal"]', goalNamed(goals, interview));
    await waitUntil(() => textOf(goalNamed(goals, interview)?.querySelector('[part="goal-status"]')) === 'Dropped');
    // Dropped goals list last.
    expect(textOf(goalItems(goals).at(-1)!.querySelector('h4'))).to.equal(interview);
  });

  it('"Book a session for this goal": an event the page may take over, a booking page with the goal, or the page’s card', async () => {
    const withUrl = await mount<MentorshipGoals>(
      html`<mentorship-goals booking-url="https://lms.example.com/mentoring"></mentorship-goals>`,
      {
        client,
      },
    );
    await loaded(withUrl);
    const link = goalNamed(withUrl, PROJECT).querySelector<HTMLAnchorElement>('a[part~="book-for-goal"]')!;
    expect(link.href).to.equal('https://lms.example.com/mentoring?goal=goal-final-project');
    // The page takes it over: nothing is followed.
    const takeOver = (event: Event) => event.preventDefault();
    document.addEventListener('mentorship-goal-booking-request', takeOver);
    try {
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
      expect(bookings()[0].detail.goal.id).to.equal('goal-final-project');
    } finally {
      document.removeEventListener('mentorship-goal-booking-request', takeOver);
    }

    // Without a booking page: the provider's card opens with the goal chosen, the keyboard on its step.
    const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { client });
    const card = document.createElement('mentor-schedule-card');
    goals.parentElement!.append(card);
    await loaded(goals);
    await press(goals, 'button[part~="book-for-goal"]', goalNamed(goals, PROJECT));
    expect(card.open).to.equal(true);
    expect(card.goal).to.equal('goal-final-project');
    await waitUntil(
      () => deepActiveElement() === card.shadowRoot!.querySelector('[part="step-title"]'),
      'the card’s step was not focused',
      {
        timeout: 5000,
      },
    );
  });

  it('"Book a session for this goal" with no card and no booking page tells the student, and the developer why', async () => {
    const warnings: unknown[][] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { client });
      await loaded(goals);
      const pressBook = async () => {
        const box = goalNamed(goals, PROJECT).querySelector('button[part~="book-for-goal"]')!.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
        await goals.updateComplete;
      };
      await pressBook();
      const notice = root(goals).querySelector('[part="notice"]');
      expect(textOf(notice)).to.equal('Booking is not available on this page.');
      expect(notice!.getAttribute('role')).to.equal('status');
      await waitUntil(() => activeElement(goals) === notice, 'the keyboard did not go to the notice');
      expect(warnings.length, 'one warning for the press').to.equal(1);
      expect(String(warnings[0][0])).to.match(/booking-url.*<mentor-schedule-card>/);
    } finally {
      console.warn = realWarn;
    }
  });

  it('explains goals when there are none, says when the backend has none, and keeps hostile text inert', async () => {
    const fresh = createMemoryClient({ store, student: 'student-2' });
    const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { client: fresh });
    await loaded(goals);
    expect(textOf(root(goals).querySelector('[part="empty"]'))).to.equal(
      'Goals turn sessions into progress: write down what you want to achieve, then book sessions for it. Set your first goal',
    );
    await press(goals, '[part~="first-goal"]');
    await formOpen(goals);

    const without = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, {
      client: { ...client, capabilities: { ...client.capabilities, goals: false } },
    });
    await loaded(without);
    expect(textOf(root(without).querySelector('[part="unavailable"]'))).to.equal('Goals are not available on this platform yet.');

    (await worker()).use(
      http.get('/api/goals', () =>
        HttpResponse.json({
          goals: [
            { id: 'x', title: '<img src=x onerror="window.hacked=1">', success_criteria: '<script>1</script>', target_date: '2026-12-01' },
          ],
        }),
      ),
    );
    const hostile = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { apiBase: '/api' });
    await loaded(hostile);
    expect(root(hostile).querySelector('img, script')).to.equal(null);
    expect(textOf(goalItems(hostile)[0].querySelector('h4'))).to.equal('<img src=x onerror="window.hacked=1">');
  });

  it('keeps what was written when the backend refuses, and says why', async () => {
    (await worker()).use(
      http.post('/api/goals', () =>
        HttpResponse.json({ error: { code: 'bad-request', message: 'Goals are closed for this cohort.' } }, { status: 403 }),
      ),
    );
    const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { apiBase: '/api' });
    await loaded(goals);
    await press(goals, '[part~="new-goal"]');
    await formOpen(goals);
    await type(goals, '#title', 'Learn Docker');
    await type(goals, '#successCriteria', 'My project runs in a container');
    await chooseGoalDate(root(goals), '2027-01-31');
    await press(goals, '[part~="save-goal"]');
    await waitUntil(() => root(goals).querySelector('[part~="notice"]'), 'no notice');
    expect(textOf(root(goals).querySelector('[part~="notice"]'))).to.equal('Goals are closed for this cohort.');
    expect(root(goals).querySelector<HTMLInputElement>('#title')!.value).to.equal('Learn Docker');
    expect(saved()).to.have.length(0);
  });

  it('speaks Spanish', async () => {
    const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { client, locale: 'es' });
    await loaded(goals);
    expect(textOf(root(goals).querySelector('#goals-title'))).to.equal('Tus metas');
    const project = goalNamed(goals, PROJECT);
    expect(textOf(project.querySelector('.meta'))).to.equal('Para el 18 dic 2026 · Tus mentores pueden verla');
    expect(project.querySelector('progress')!.getAttribute('aria-valuetext')).to.equal('50 % completado');
    expect(textOf(project.querySelector('[part~="book-for-goal"]'))).to.equal('Reservar una sesión para esta meta');
    await press(goals, '[part~="new-goal"]');
    await formOpen(goals);
    await press(goals, '[part~="save-goal"]');
    expect(textOf(root(goals).querySelector('[role="alert"]'))).to.equal('Revisa los 3 campos marcados abajo.');
    expect(textOf(root(goals).querySelector('#title-error'))).to.equal('Escribe qué quieres lograr.');
  });
});
