/**
 * The BreatheCode adapter on a mentor's page (`mentor`, with the mentor's token): Ana García's
 * (`mentor-1`) sessions and the close form after each, through the mock of 4Geeks' API, at Tuesday
 * 24 November 2026, 12:00 UTC.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createBreatheCodeClient, type MentorDesk } from '../../src/index.js';
import { MentorDeskHarness } from '../../src/testing/index.js';
import { until } from '../../src/testing/harness.js';
import { clock } from '../../src/utils/clock.js';
import { createBreatheCodeMock } from '../../demo/mocks/breathecode.js';
import { mount, mouseClick, textOf } from '../support/fixtures.js';
import { serveHandlers } from '../support/mock-backend.js';
import { rejection } from '../support/rejection.js';

const NOW = '2026-11-24T12:00:00.000Z';

describe('createBreatheCodeClient on a mentor’s page (mentor)', () => {
  const realNow = clock.now;
  let mock: ReturnType<typeof createBreatheCodeMock>;
  const ana = (token = mock.mentorToken) =>
    createBreatheCodeClient({ host: mock.host, token, academy: 4, mentor: 'mentor-1', retryDelayMs: 1 });
  const puts = () => mock.requests.filter(request => request.method === 'PUT');

  beforeEach(async () => {
    clock.now = () => new Date(NOW);
    mock = createBreatheCodeMock({ now: new Date(NOW) });
    await serveHandlers(...mock.handlers);
  });

  afterEach(() => {
    clock.now = realNow;
  });

  it('declares the mentor’s side with only a summary kept; a student’s page declares none', () => {
    expect(ana().capabilities).to.deep.include({ mentor: true, reportFields: ['summary'] });
    expect(ana().capabilities.mentorHours).to.equal(undefined);
    const student = createBreatheCodeClient({ host: mock.host, token: mock.token, academy: 4 });
    expect(student.capabilities).to.not.have.any.keys('mentor', 'reportFields');
    expect(student.listMentorSessions).to.equal(undefined);
  });

  it('lists the mentor’s sessions with each student; a session nobody joined is left to BreatheCode', async () => {
    const cal = ana();
    const upcoming = await cal.listMentorSessions!({ status: 'upcoming' });
    expect(upcoming).to.have.length(1);
    expect(upcoming[0]).to.deep.include({
      id: '601',
      agenda: 'Flask blueprints',
      joinUrl: 'https://meet.example.com/ana',
      sessionsTogether: 1,
      report: null,
    });
    expect(upcoming[0].student).to.deep.include({ id: '77', name: 'Grace Hopper' });
    const past = await cal.listMentorSessions!({ status: 'past' });
    expect(past.map(session => session.id)).to.deep.equal(['602', '603']);
    expect(past[0].report).to.equal(null);
    expect(past[1].report).to.deep.include({ attendance: 'held', summary: 'The blueprint was registered without its URL prefix.' });
    // It ended a week and a day ago: a week's window has closed.
    expect(past[1].report!.editableUntil).to.equal(null);
  });

  it('closes a session with its status and summary, and reads them back', async () => {
    const cal = ana();
    const held = await cal.submitSessionReport!({
      session: '602',
      attendance: 'held',
      summary: '  Deployed on Render.  ',
      idempotencyKey: 'k1',
    });
    expect(held.report).to.deep.include({ attendance: 'held', summary: 'Deployed on Render.' });
    expect(held.status).to.equal('completed');
    const [put] = puts();
    expect(new URL(put.url).pathname).to.equal('/v1/mentorship/academy/session/602');
    expect(put.headers.get('Academy')).to.equal('4');
    expect(await put.json()).to.deep.equal({ status: 'COMPLETED', summary: 'Deployed on Render.' });

    const absent = await cal.submitSessionReport!({ session: '602', attendance: 'student-absent', idempotencyKey: 'k2' });
    expect(absent.report!.attendance).to.equal('student-absent');
    expect(await puts()[1].json()).to.deep.equal({ status: 'FAILED', summary: '' });
    await cal.submitSessionReport!({ session: '602', attendance: 'mentor-absent', idempotencyKey: 'k3' });
    expect(await puts()[2].json()).to.deep.include({ status: 'IGNORED' });
    const listed = (await ana().listMentorSessions!({ status: 'past' })).find(session => session.id === '602')!;
    expect(listed.report!.attendance).to.equal('mentor-absent');
  });

  it('refuses next steps or feedback it cannot keep, and says the API’s words for a token without the close form', async () => {
    const refused = await rejection(
      ana().submitSessionReport!({ session: '602', attendance: 'held', summary: 'Done', actionItems: ['Deploy'], idempotencyKey: 'k4' }),
    );
    expect(refused).to.include({ code: 'bad-request' });
    expect(puts()).to.have.length(0);
    // A student's token lists its own sessions: none is this mentor's with a student.
    expect(await ana(mock.token).listMentorSessions!()).to.deep.equal([]);
  });

  it('<mentor-desk> opens the close form on yesterday’s session, asks for the summary alone, and sends it', async () => {
    const element = await mount<MentorDesk>(html`<mentor-desk></mentor-desk>`, { client: ana(), locale: 'en', timeZone: 'Europe/Madrid' });
    const ui = new MentorDeskHarness(element);
    await ui.loaded();
    await ui.showPast();
    const form = await until(() => element.shadowRoot!.querySelector<HTMLFormElement>('[part="report"]'), 'the form never opened itself');
    expect([...form.querySelectorAll('textarea')].map(field => field.name)).to.deep.equal(['summary']);
    await mouseClick(form.querySelectorAll<HTMLInputElement>('[part="attendance"] input')[0]);
    // A held session needs its summary: refused beside the field, nothing sent.
    await mouseClick(form.querySelector<HTMLElement>('[part~="send-report"]')!);
    await until(() => form.querySelector('[part="field-error"]'), 'no error beside the summary');
    expect(puts()).to.have.length(0);
    await sendKeys({ type: 'We deployed it on Render.' });
    await mouseClick(form.querySelector<HTMLElement>('[part~="send-report"]')!);
    await until(() => puts().length === 1 && ui.notice(), 'the close form was never sent');
    expect(await puts()[0].json()).to.deep.equal({ status: 'COMPLETED', summary: 'We deployed it on Render.' });
    const shown = () => textOf(element.shadowRoot!.querySelector('[data-session="602"]'));
    await until(() => shown().includes('We deployed it on Render.'), 'the summary never showed');
    expect(shown()).to.contain('Held');
  });
});
