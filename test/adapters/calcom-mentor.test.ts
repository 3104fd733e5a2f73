/**
 * The Cal.com adapter on a mentor's page (`mentor`): Ana García's bookings as host, who attended through
 * `mark-absent`, and her default availability schedule as weekly hours and days off — through the
 * mock of Cal.com's API v2 on the memory store, at Tuesday 24 November 2026, 12:00 UTC.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  composeClients,
  createCalComClient,
  createMemoryClient,
  MemoryStore,
  type MentorAvailability,
  type MentorDesk,
} from '../../src/index.js';
import { AvailabilityHarness, MentorDeskHarness } from '../../src/testing/index.js';
import { until } from '../../src/testing/harness.js';
import { mount, mouseClick, textOf } from '../support/fixtures.js';
import { rejection } from '../support/rejection.js';
import { useCalComMock, type CalComMock } from '../support/calcom-mock.js';
import { serveHandlers } from '../support/mock-backend.js';

const NOW = '2026-11-24T12:00:00.000Z';

describe('createCalComClient on a mentor’s page (mentor)', () => {
  let store: MemoryStore;
  let mock: CalComMock;
  const { sent } = useCalComMock(NOW, made => ({ store, mock } = made), { host: 'ana-garcia' });
  const ana = () => createCalComClient({ ...mock.clientOptions, retryDelayMs: 1 });

  it('declares the mentor’s side and what Cal.com keeps of it; a student’s page declares none', () => {
    expect(ana().capabilities).to.deep.include({ mentor: true, mentorHours: true, reportFields: [], timeOffNotes: false });
    const student = createCalComClient({
      ...mock.clientOptions,
      mentor: undefined,
      attendee: { name: 'Grace', email: 'grace@example.com' },
    });
    expect(student.capabilities).to.not.have.any.keys('mentor', 'mentorHours', 'reportFields', 'timeOffNotes');
    expect(student.listMentorSessions).to.equal(undefined);
    // Composed, each part's word comes with it: the report's with the sessions, the hours' with scheduling.
    const composed = composeClients({ scheduling: ana(), sessions: ana(), credits: createMemoryClient({ store }) });
    expect(composed.capabilities).to.deep.include({ mentor: true, mentorHours: true, reportFields: [], timeOffNotes: false });
  });

  it('lists the host’s bookings with each student, their zone and words, and the sessions held together', async () => {
    const upcoming = await ana().listMentorSessions!({ status: 'upcoming' });
    expect(upcoming.map(session => session.student.name)).to.deep.equal(['Sofía Herrera', 'Maya Chen']);
    const maya = upcoming[1];
    expect(maya).to.deep.include({
      service: 'geekpal-coding-mentorship',
      agenda: 'Review the README and tests of my portfolio',
      sessionsTogether: 2,
      report: null,
      goal: null,
      studentAbsentCredit: null,
    });
    expect(maya.student).to.deep.include({ name: 'Maya Chen', timezone: 'America/Mexico_City' });
    const [request] = sent('GET', '/v2/bookings').filter(found => new URL(found.url).searchParams.get('status') === 'upcoming');
    expect(request.headers.get('cal-api-version')).to.equal('2024-08-13');
    expect(new URL(request.url).searchParams.has('attendeeEmail')).to.equal(false);
    expect(new URL(request.url).searchParams.get('sortStart')).to.equal('asc');
  });

  it('reads an ended booking no one was marked absent from as held, changeable for a week', async () => {
    const past = await ana().listMentorSessions!({ status: 'past' });
    const yesterday = past.find(session => session.agenda.startsWith('Practise the salary'))!;
    expect(yesterday.status).to.equal('completed');
    expect(yesterday.report).to.deep.include({ attendance: 'held', summary: '', actionItems: [] });
    // It ended at 10:30 UTC yesterday (30 minutes of career guidance): a week from then.
    expect(yesterday.report!.editableUntil).to.equal('2026-11-30T10:30:00.000Z');
  });

  it('says who did not come through mark-absent, with the attendee named by email, and reads it back', async () => {
    const cal = ana();
    const [yesterday] = (await cal.listMentorSessions!({ status: 'past' })).filter(session => session.agenda.startsWith('Practise'));
    const reported = await cal.submitSessionReport!({ session: yesterday.id, attendance: 'student-absent', idempotencyKey: 'r1' });
    expect(reported.report!.attendance).to.equal('student-absent');
    expect(reported.status).to.equal('missed');
    expect(reported.sessionsTogether).to.equal(yesterday.sessionsTogether);
    const [mark] = sent('POST', `/v2/bookings/${yesterday.id}/mark-absent`);
    expect(mark.headers.get('cal-api-version')).to.equal('2024-08-13');
    expect(await mark.json()).to.deep.equal({ host: false, attendees: [{ email: 'student-3@example.test', absent: true }] });

    // A fresh page (nothing listed yet) finds the attendee on the booking itself.
    const again = await ana().submitSessionReport!({ session: yesterday.id, attendance: 'mentor-absent', idempotencyKey: 'r2' });
    expect(sent('GET', `/v2/bookings/${yesterday.id}`)).to.have.length(1);
    expect(again.report!.attendance).to.equal('mentor-absent');
    const listed = (await ana().listMentorSessions!({ status: 'past' })).find(session => session.id === yesterday.id)!;
    expect(listed.report!.attendance).to.equal('mentor-absent');
  });

  it('refuses a report’s words Cal.com cannot keep, sending nothing', async () => {
    const [yesterday] = (await ana().listMentorSessions!({ status: 'past' })).filter(session => session.agenda.startsWith('Practise'));
    const refused = await rejection(
      ana().submitSessionReport!({ session: yesterday.id, attendance: 'held', summary: 'We practised.', idempotencyKey: 'r3' }),
    );
    expect(refused).to.include({ code: 'bad-request' });
    expect((refused as Error).message).to.contain('reportFields');
    expect(sent('POST', `/v2/bookings/${yesterday.id}/mark-absent`)).to.have.length(0);
  });

  it('reads the default schedule as weekly hours and days off, and saves it back whole', async () => {
    const cal = ana();
    const hours = await cal.getMentorHours!();
    expect(hours).to.deep.equal({
      timeZone: 'Europe/Madrid',
      weekly: [1, 2, 3, 4, 5].map(weekday => ({ weekday, start: '16:00', end: '20:00' })),
      timeOff: [],
      noticeMinutes: null,
      bufferMinutes: null,
    });
    expect(sent('GET', '/v2/schedules/default')[0].headers.get('cal-api-version')).to.equal('2024-06-11');

    const saved = await cal.saveMentorHours!({
      timeZone: 'Europe/Madrid',
      weekly: [
        { weekday: 1, start: '09:00', end: '13:00' },
        { weekday: 1, start: '16:00', end: '20:00' },
        { weekday: 3, start: '16:00', end: '20:00' },
      ],
      timeOff: [{ from: '2026-12-24', to: '2026-12-26', note: '' }],
      idempotencyKey: 'h1',
    });
    const [patch] = sent('PATCH', '/v2/schedules/7');
    expect(patch.headers.get('cal-api-version')).to.equal('2024-06-11');
    expect(await patch.json()).to.deep.equal({
      timeZone: 'Europe/Madrid',
      availability: [
        { days: ['Monday'], startTime: '09:00', endTime: '13:00' },
        { days: ['Monday', 'Wednesday'], startTime: '16:00', endTime: '20:00' },
      ],
      overrides: ['2026-12-24', '2026-12-25', '2026-12-26'].map(date => ({ date, startTime: '00:00', endTime: '00:00' })),
    });
    // The days off come back joined, and students' free times follow the new hours.
    expect(saved.timeOff).to.deep.equal([{ from: '2026-12-24', to: '2026-12-26', note: '' }]);
    const student = createMemoryClient({ store, student: 'student-unlimited' });
    const { slots } = await student.getAvailability({
      mentor: 'ana-garcia',
      service: 'geekpal-coding-mentorship',
      from: '2026-11-30T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    });
    expect(slots[0].startsAt).to.equal('2026-11-30T08:00:00.000Z');
  });

  it('keeps the days whose hours differ from the week (which the tag does not edit) unless they become days off', async () => {
    mock.control.listsBookings = true;
    const cal = ana();
    await cal.getMentorHours!();
    const week = [{ weekday: 2, start: '16:00', end: '20:00' }];
    // Cal.com holds a shorter 1 December and a shorter 2 December (set in Cal.com itself).
    await fetch(`${mock.baseUrl}/v2/schedules/7`, {
      method: 'PATCH',
      headers: { 'cal-api-version': '2024-06-11', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        overrides: [
          { date: '2026-12-01', startTime: '17:00', endTime: '18:00' },
          { date: '2026-12-02', startTime: '17:00', endTime: '18:00' },
        ],
      }),
    });
    await cal.getMentorHours!();
    await cal.saveMentorHours!({ timeZone: 'Europe/Madrid', weekly: week, timeOff: [{ from: '2026-12-02', to: '2026-12-02', note: '' }] });
    const body = await sent('PATCH', '/v2/schedules/7').at(-1)!.json();
    expect(body.overrides).to.deep.equal([
      { date: '2026-12-01', startTime: '17:00', endTime: '18:00' },
      { date: '2026-12-02', startTime: '00:00', endTime: '00:00' },
    ]);
  });

  it('refuses a note or a notice it cannot keep, and a schedule it cannot read whole', async () => {
    const cal = ana();
    const hours = await cal.getMentorHours!();
    const noted = await rejection(
      cal.saveMentorHours!({
        ...hours,
        timeOff: [{ from: '2026-12-24', to: '2026-12-24', note: 'Holidays' }],
        noticeMinutes: null,
        bufferMinutes: null,
      }),
    );
    expect(noted).to.include({ code: 'bad-request' });
    expect(await rejection(cal.saveMentorHours!({ ...hours, noticeMinutes: 60 }))).to.include({ code: 'bad-request' });
    expect(sent('PATCH', '/v2/schedules/7')).to.have.length(0);

    // A block with a day this adapter cannot read: saving what it read would erase it, so nothing is shown.
    const { http, HttpResponse } = await import('msw');
    await serveHandlers(
      http.get(`${mock.baseUrl}/v2/schedules/default`, () =>
        HttpResponse.json({
          status: 'success',
          data: {
            id: 7,
            timeZone: 'Europe/Madrid',
            availability: [{ days: ['Monday', 'Funday'], startTime: '09:00', endTime: '13:00' }],
            overrides: [],
          },
        }),
      ),
      ...mock.handlers,
    );
    expect(await rejection(ana().getMentorHours!())).to.include({ code: 'invalid-response' });
  });

  describe('in the mentor’s tags', () => {
    it('<mentor-desk> asks only who attended, and says it through Cal.com', async () => {
      const element = await mount<MentorDesk>(html`<mentor-desk></mentor-desk>`, {
        client: ana(),
        locale: 'es',
        timeZone: 'Europe/Madrid',
      });
      const ui = new MentorDeskHarness(element);
      await ui.loaded();
      await ui.showPast();
      const item = await ui.session('Maya Chen');
      expect(textOf(item)).to.contain('Realizada');
      await mouseClick(item.querySelector<HTMLElement>('[part~="write-report"]')!);
      const form = await ui.reportForm('Maya Chen');
      // No summary, next steps, progress or feedback: Cal.com would keep none of them.
      expect(form.querySelectorAll('textarea, input[type="range"]')).to.have.length(0);
      const radios = form.querySelectorAll<HTMLInputElement>('[part="attendance"] input');
      await mouseClick(radios[1]);
      expect(radios[1].checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await ui.element.updateComplete;
      await until(() => sent('POST', '/v2/bookings/' + item.dataset.session + '/mark-absent').length === 1, 'mark-absent never sent');
      await until(() => ui.notice(), 'no notice');
      // Cal.com keeps nothing for Maya to read: the notice says what was kept.
      expect(ui.notice()).to.contain('Asistencia guardada.');
      expect(await sent('POST', `/v2/bookings/${item.dataset.session}/mark-absent`)[0].json()).to.deep.equal({
        host: false,
        attendees: [{ email: 'student-3@example.test', absent: true }],
      });
      const shown = () => textOf(element.shadowRoot!.querySelector(`[data-session="${item.dataset.session}"]`));
      await until(() => shown().includes('No asistió'), 'the session never said who did not come');
      expect(shown()).to.not.contain('Realizada');
    });

    it('<mentor-availability> asks for no note, no notice and no buffer, and saves a day off', async () => {
      const element = await mount<MentorAvailability>(html`<mentor-availability mentor="ana-garcia"></mentor-availability>`, {
        client: ana(),
        locale: 'en',
      });
      const ui = new AvailabilityHarness(element);
      await ui.loaded();
      expect(element.shadowRoot!.querySelectorAll('.setting:not([part="zone"])')).to.have.length(0);
      await ui.addTimeOff('2026-12-24');
      expect(element.shadowRoot!.querySelectorAll('[part="time-off"] .off input')).to.have.length(0);
      expect(element.shadowRoot!.querySelectorAll('[part="time-off"] .off select')).to.have.length(6);
      await ui.save();
      expect(ui.notice()).to.contain('saved');
      const body = await sent('PATCH', '/v2/schedules/7').at(-1)!.json();
      expect(body.overrides).to.deep.equal([{ date: '2026-12-24', startTime: '00:00', endTime: '00:00' }]);
    });
  });
});
