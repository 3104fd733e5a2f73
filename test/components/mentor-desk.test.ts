/**
 * `<mentor-desk>` as Ana García, a mentor, on the data set at Tuesday 24 November 2026, 12:00 UTC:
 * Sofía tomorrow, Maya Chen (with an intake, a shared goal, a private one and a check-in) in two weeks;
 * Maya's session of yesterday ended without a report. Typed with the keyboard, as a mentor would.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHttpClient, createMemoryClient, MentorshipError, type MentorDesk, type MentorshipClient } from '../../src/index.js';
import { MentorDeskHarness } from '../../src/testing/index.js';
import type { ReportSentEvent } from '../../src/events/report-sent.js';
import { deepActiveElement } from '../support/card-harness.js';
import { eventsPerTest, mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend } from '../support/mock-backend.js';

const MAYA = 'student-3';

describe('<mentor-desk>', () => {
  const backend = usePinnedBackend('2026-11-24T12:00:00.000Z');
  const sent = eventsPerTest<ReportSentEvent>('mentorship-report-sent');

  const ana = () => createMemoryClient({ store: backend.store, mentor: 'ana-garcia' });

  async function mountDesk(client: MentorshipClient = ana(), locale = 'en') {
    const element = await mount<MentorDesk>(html`<mentor-desk></mentor-desk>`, { client, locale, timeZone: 'Europe/Madrid' });
    const ui = new MentorDeskHarness(element);
    await ui.loaded();
    return ui;
  }

  it('lists the upcoming sessions in the mentor’s zone with the student’s beside it, each with its context', async () => {
    const ui = await mountDesk();
    expect(ui.students()).to.deep.equal(['Sofía Herrera', 'Maya Chen']);
    const maya = await ui.session('Maya Chen');
    expect(textOf(maya)).to.match(/Wednesday, December 9 at 4:00\sPM \(Central European Time\) · 60 min/);
    expect(textOf(maya)).to.match(/9:00\sAM for Maya Chen in Mexico City/);
    const context = await ui.context('Maya Chen');
    for (const words of [
      'About Maya Chen',
      'Front-End Developer · Mentoring programme',
      'What Maya Chen wrote',
      'Review the README and tests of my portfolio',
      'Publish a portfolio with three React projects',
      '33% done',
      'Pick the three projects (done)',
      'Write tests for the to-do app (to do)',
      'Land my first front-end job by spring',
      'React, Testing, and Accessibility',
      'English and Spanish',
      'Rated the session 5 out of 5',
      'Says you are a good fit',
      '“The testing tips were exactly what I needed.”',
      '2 sessions together before',
    ])
      expect(context).to.contain(words);
    // The next session's context is open: the one to prepare for.
    expect((await ui.session('Sofía Herrera')).querySelector<HTMLDetailsElement>('[part="context"]')!.open).to.equal(true);
  });

  it('shows the words a student wrote to their mentors when they closed their programme', async () => {
    await createMemoryClient({ store: backend.store, student: MAYA }).closeProgram!({
      summary: 'I have a portfolio now.',
      achievements: [],
      rating: 5,
      comment: 'Thank you, Ana!',
    });
    const ui = await mountDesk();
    expect(await ui.context('Maya Chen')).to.contain(
      'Maya Chen closed their programme on Nov 24, 2026, with these words for their mentors “Thank you, Ana!”',
    );
  });

  it('opens the report form on the session that ended without one; a private goal is never shown', async () => {
    const ui = await mountDesk();
    await ui.showPast();
    const salary = await ui.session('Maya Chen');
    expect(textOf(salary)).to.contain('Report due');
    expect(textOf(salary)).to.contain('Practise the salary conversation');
    expect(salary.querySelector('[part="report"]'), 'the form opened itself').to.exist;
    expect(textOf(ui.root)).not.to.contain('Negotiate my first salary');
    expect(salary.querySelector('[part="goal"]')).to.equal(null);
    // Reported sessions show what was sent, and no form.
    expect(ui.text()).to.contain('We set up Testing Library');
  });

  for (const kind of ['memory', 'http'] as const)
    it(`sends a report typed with the keyboard; the student then reads it under the session (${kind} client)`, async () => {
      const ui = await mountDesk(kind === 'http' ? createHttpClient({ baseUrl: '/api', getToken: () => 'ana-garcia' }) : ana());
      await ui.showPast();
      const form = await ui.reportForm('Maya Chen');
      form.querySelector<HTMLInputElement>('[part="attendance"] input')!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'We rehearsed the offer call twice.' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Research three salary ranges' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Write your counter-offer' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Calm and clear.' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Name a number first.' });
      (deepActiveElement() as HTMLElement).closest('form')!.querySelector<HTMLElement>('[part~="send-report"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => ui.notice(), 'no answer');
      expect(ui.notice()).to.equal('Report sent. Maya Chen can read it now.');
      expect(sent()).to.have.length(1);
      expect(sent()[0].detail.session.report).to.deep.include({
        attendance: 'held',
        summary: 'We rehearsed the offer call twice.',
        actionItems: ['Research three salary ranges', 'Write your counter-offer'],
      });
      // The keyboard is on the notice; the session now shows its report.
      await waitUntil(
        () => !ui.one('[part="report"]') && ui.text().includes('We rehearsed the offer call twice.'),
        'the report never showed',
      );

      const maya = createMemoryClient({ store: backend.store, student: MAYA });
      const session = (await maya.listSessions({ status: 'past' }))[0];
      expect(session).to.deep.include({ attendance: 'held', summary: 'We rehearsed the offer call twice.' });
      expect(session.mentorFeedback).to.deep.equal({ wentWell: 'Calm and clear.', toWorkOn: 'Name a number first.' });
    });

  it('says what happens to the credit before sending, shows errors beside their fields, and keeps the words on a refusal', async () => {
    const client = ana();
    const refusing: MentorshipClient = {
      ...client,
      capabilities: client.capabilities,
      submitSessionReport: () =>
        Promise.reject(new MentorshipError('forbidden', 'Reports close after 48 hours.', { reason: 'Reports close after 48 hours.' })),
    };
    const ui = await mountDesk(refusing);
    await ui.showPast();
    const form = await ui.reportForm('Maya Chen');
    // Nothing chosen: the first field to mend gets the keyboard.
    form.querySelector<HTMLElement>('[part~="send-report"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => form.querySelector('[part="field-error"]'), 'no error');
    expect(textOf(form.querySelector('[part="field-error"]'))).to.equal('Say whether the session took place.');
    expect(deepActiveElement()).to.equal(form.querySelector('[part="attendance"] input'));

    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => form.querySelector('[part="credit"]'), 'no credit sentence');
    expect(textOf(form.querySelector('[part="credit"]'))).to.equal(
      'Maya Chen’s credit stays spent: that is the programme’s rule for a missed session.',
    );
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(
      () => textOf(form.querySelector('[part="credit"]')) === 'Maya Chen’s credit is returned.',
      'the sentence did not follow',
    );

    // Held without a summary: the error is beside the summary, which takes the keyboard.
    await sendKeys({ press: 'ArrowDown' });
    form.querySelector<HTMLElement>('[part~="send-report"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const summary = form.querySelector<HTMLTextAreaElement>('textarea[name="summary"]')!;
    await waitUntil(() => summary.getAttribute('aria-invalid') === 'true', 'no summary error');
    expect(textOf(form)).to.contain('Write what you covered in the session.');
    expect(deepActiveElement()).to.equal(summary);

    await sendKeys({ type: 'We met.' });
    form.querySelector<HTMLElement>('[part~="send-report"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => ui.notice(), 'no refusal shown');
    expect(ui.notice()).to.equal('Reports close after 48 hours.');
    expect(ui.one<HTMLTextAreaElement>('textarea[name="summary"]')!.value).to.equal('We met.');
    expect(sent()).to.have.length(0);
  });

  it('a report whose answer is lost is found in the backend, never shown as failed or sent twice', async () => {
    const client = ana();
    let sends = 0;
    const losing: MentorshipClient = {
      ...client,
      capabilities: client.capabilities,
      submitSessionReport: async params => {
        sends += 1;
        await client.submitSessionReport!(params);
        throw new MentorshipError('network', 'the answer was lost');
      },
    };
    const ui = await mountDesk(losing);
    await ui.showPast();
    await ui.report('Maya Chen', { attendance: 'mentor-absent' });
    expect(ui.notice()).to.equal('Report sent. Maya Chen can read it now.');
    expect(sent()).to.have.length(1);
    const reported = (await client.listMentorSessions!({ status: 'past' })).find(
      session => session.student.id === MAYA && session.report?.attendance === 'mentor-absent',
    );
    expect(reported, 'reported once').to.exist;
    expect(sends).to.be.at.least(1);
  });

  it('offers to edit a report while the backend’s window is open, and not after', async () => {
    const [yesterday] = (await ana().listMentorSessions!({ status: 'past' })).filter(session => session.student.id === MAYA);
    await ana().submitSessionReport!({ session: yesterday.id, attendance: 'held', summary: 'We rehearsed.' });
    const ui = await mountDesk();
    await ui.showPast();
    const item = await ui.session('Maya Chen');
    expect(textOf(item.querySelector('[part~="write-report"]'))).to.equal('Edit the report');
    backend.clock.set('2026-11-26T12:00:01.000Z');
    ui.element.requestUpdate();
    await ui.element.updateComplete;
    expect(item.querySelector('[part~="write-report"]')).to.equal(null);
    expect(textOf(item)).to.contain('We rehearsed.');
  });

  it('a student’s token: the backend’s words, no list', async () => {
    const ui = await mountDesk(createHttpClient({ baseUrl: '/api', getToken: () => 'student-2' }));
    expect(ui.text('[part~="error"]')).to.equal('Only mentors can see this. Sign in with your mentor account.');
  });

  it('speaks Spanish', async () => {
    const ui = await mountDesk(ana(), 'es');
    expect(ui.text('[part="tabs"]')).to.equal('Próximas Pasadas');
    const context = await ui.context('Maya Chen');
    expect(context).to.contain('Sobre Maya Chen');
    expect(context).to.contain('2 sesiones juntos antes');
    expect(textOf(await ui.session('Maya Chen'))).to.match(/9:00 para Maya Chen en Ciudad de México/);
  });
});
