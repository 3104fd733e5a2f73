import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  createDemoDataset,
  createMemoryClient,
  MemoryStore,
  MentorshipProvider,
  type MentorshipProvider as Provider,
} from '../../src/index.js';
import { keptRequests } from '../../src/base/context-root.js';
import { defineElement } from '../../src/utils/define.js';
import { fixedClock } from '../support/clock.js';
import { innerProbe, read, type ContextProbe, type ProbeHost } from '../support/context-probe.js';
import { emulateBrowserTimeZone, restoreBrowserTimeZone } from '../support/emulate-browser.js';
import { serveStore, worker } from '../support/mock-backend.js';
import { http } from 'msw';
import '../../src/i18n/es.js';

const oneServiceClient = () => {
  const dataset = createDemoDataset(new Date());
  dataset.services = dataset.services.slice(0, 1);
  dataset.bookings = dataset.bookings.filter(booking => booking.service === dataset.services[0].slug);
  return createMemoryClient({ dataset });
};

async function settled(probe: Element): Promise<void> {
  await waitUntil(() => read(probe, 'services') !== 'pending', 'the probe never finished loading');
}

describe('<mentorship-provider>', () => {
  beforeEach(async () => {
    await serveStore(new MemoryStore({ now: fixedClock() }));
  });

  it("asks again in the new language when its locale changes: no answer of the old language's is shown", async () => {
    const provider = await fixture<Provider>(html`
      <mentorship-provider api-base="/api" locale="en"><mentorship-credits></mentorship-credits></mentorship-provider>
    `);
    const credits = provider.querySelector('mentorship-credits')!;
    const firstBucket = () => credits.shadowRoot?.querySelector('[part="bucket"] .name')?.textContent?.trim();
    await waitUntil(() => firstBucket() === 'Monthly mentorships', 'no English credits');
    provider.locale = 'es';
    // The demo backend answers in the language asked for (Accept-Language).
    await waitUntil(() => firstBucket() === 'Mentorías mensuales', `still ${firstBucket()}`);
  });

  it("asks again when the page's language changes and the provider has none of its own", async () => {
    const provider = await fixture<Provider>(html`
      <mentorship-provider api-base="/api"><mentorship-credits></mentorship-credits></mentorship-provider>
    `);
    const credits = provider.querySelector('mentorship-credits')!;
    const firstBucket = () => credits.shadowRoot?.querySelector('[part="bucket"] .name')?.textContent?.trim();
    const before = document.documentElement.lang;
    document.documentElement.lang = 'en';
    try {
      await waitUntil(() => firstBucket() === 'Monthly mentorships', 'no English credits');
      document.documentElement.lang = 'es';
      await waitUntil(() => firstBucket() === 'Mentorías mensuales', `still ${firstBucket()}`);
    } finally {
      document.documentElement.lang = before;
    }
  });

  describe('the client', () => {
    it('reaches a component inside another component’s shadow root', async () => {
      const provider = await fixture<Provider>(html`
        <mentorship-provider .client=${oneServiceClient()}><probe-host></probe-host></mentorship-provider>
      `);
      const probe = innerProbe(provider.querySelector('probe-host')!);
      await settled(probe);
      expect(read(probe, 'services')).to.equal('1');
    });

    it('builds an HTTP client from api-base', async () => {
      const requests: Request[] = [];
      (await worker()).use(http.get('/api/services', ({ request }) => void requests.push(request)));
      const provider = await fixture<Provider>(html`
        <mentorship-provider api-base="/api" locale="es"><probe-host></probe-host></mentorship-provider>
      `);
      const probe = innerProbe(provider.querySelector('probe-host')!);
      await settled(probe);
      expect(read(probe, 'services')).to.equal('4');
      expect(requests[0].headers.get('Accept-Language')).to.equal('es');
    });

    it('yields to a component’s own .client, and .client beats api-base', async () => {
      const provider = await fixture<Provider>(html`
        <mentorship-provider api-base="/api">
          <context-probe id="own" .client=${oneServiceClient()}></context-probe>
          <context-probe id="inherited"></context-probe>
        </mentorship-provider>
      `);
      const own = provider.querySelector('#own')!;
      const inherited = provider.querySelector('#inherited')!;
      await settled(own);
      await settled(inherited);
      expect(read(own, 'services')).to.equal('1');
      expect(read(inherited, 'services')).to.equal('4');

      provider.client = oneServiceClient();
      await waitUntil(() => read(inherited, 'services') === '1', 'the new client never reached the component');
    });

    it('is not needed: a component alone uses its own api-base', async () => {
      const probe = await fixture<ContextProbe>(html`<context-probe api-base="/api"></context-probe>`);
      await settled(probe);
      expect(read(probe, 'services')).to.equal('4');
    });

    it('reaches components registered before the provider upgrades', async () => {
      class LateProvider extends MentorshipProvider {}
      const host = await fixture<HTMLElement>(html`
        <late-mentorship-provider .client=${oneServiceClient()}><context-probe></context-probe></late-mentorship-provider>
      `);
      const probe = host.querySelector('context-probe')!;
      await settled(probe);
      expect(read(probe, 'services')).to.equal('no client');

      defineElement('late-mentorship-provider', LateProvider);
      // The element upgrades now; its client was set as a property before upgrading.
      await waitUntil(() => read(probe, 'services') === '1', 'the late provider never reached its consumer');
    });

    it('whose code has not arrived yet is waited for, loading: no "no backend" error in between', async function () {
      // The frame's page compiles the library's modules on first load: slow on a fresh machine.
      this.timeout(20_000);
      const frame = document.createElement('iframe');
      frame.src = '/test/context/late-provider.html';
      document.body.append(frame);
      type LatePage = Window & { pageReady?: boolean; pageErrors: string[]; addProvider(): Promise<void> };
      await waitUntil(() => (frame.contentWindow as LatePage | null)?.pageReady, 'the page never loaded', { timeout: 15_000 });
      const page = frame.contentWindow as LatePage;
      const card = page.document.querySelector('mentor-schedule-card')!;
      await waitUntil(() => card.shadowRoot?.querySelector('[part="loading"]'), 'the card never showed it was loading');
      await new Promise(resolve => setTimeout(resolve, 300));
      expect(card.shadowRoot!.querySelector('[part="error"]'), 'an error while the provider is on its way').to.equal(null);
      expect(page.customElements.get('mentorship-provider')).to.equal(undefined);
      await page.addProvider();
      await waitUntil(() => card.shadowRoot!.querySelector('[part="avatars"]'), 'the card never loaded once the provider came', {
        timeout: 5000,
      });
      expect(page.pageErrors).to.deep.equal([]);
      frame.remove();
    });

    it('is waited for only by components still on the page: those that left are forgotten', async () => {
      // Without a provider every component's requests wait at the page's root for one to arrive.
      for (let index = 0; index < 20; index += 1) {
        const gone = await fixture<ContextProbe>(html`<context-probe api-base="/api"></context-probe>`);
        gone.remove();
      }
      const probe = await fixture<ContextProbe>(html`<context-probe api-base="/api"></context-probe>`);
      await settled(probe);
      // One request per context (client, language, zone) for the one probe on the page; not 63.
      expect(keptRequests()).to.equal(3);
    });
  });

  describe('the language', () => {
    it('comes from the provider, and a component’s own locale wins', async () => {
      const provider = await fixture<Provider>(html`
        <mentorship-provider locale="es">
          <probe-host></probe-host>
          <context-probe locale="en"></context-probe>
        </mentorship-provider>
      `);
      const nested = innerProbe(provider.querySelector('probe-host')!);
      await nested.updateComplete;
      expect(read(nested, 'locale')).to.equal('es');
      expect(read(nested, 'text')).to.equal('Intentar de nuevo');
      expect(read(provider.querySelector(':scope > context-probe')!, 'text')).to.equal('Try again');

      provider.locale = 'en-GB';
      await waitUntil(() => read(nested, 'locale') === 'en-GB', 'the provider’s new locale never arrived');
      expect(read(nested, 'text')).to.equal('Try again');
    });

    it('falls back to the nearest lang attribute, across shadow roots', async () => {
      const wrapper = await fixture<HTMLElement>(html`<section lang="es-MX"><probe-host></probe-host></section>`);
      const probe = innerProbe(wrapper.querySelector('probe-host')!);
      await probe.updateComplete;
      expect(read(probe, 'locale')).to.equal('es-MX');
      expect(read(probe, 'text')).to.equal('Intentar de nuevo');
    });

    it('follows <html lang> when nothing closer says, and re-renders when it changes', async () => {
      const probe = await fixture<ContextProbe>(html`<context-probe></context-probe>`);
      const original = document.documentElement.lang;
      try {
        document.documentElement.lang = 'es';
        await waitUntil(() => read(probe, 'text') === 'Intentar de nuevo', 'did not follow <html lang>');
        document.documentElement.lang = 'en';
        await waitUntil(() => read(probe, 'text') === 'Try again', 'did not follow <html lang> back');
      } finally {
        document.documentElement.lang = original;
      }
    });

    it('falls back to English for languages it does not speak, and skips unusable tags', async () => {
      const probe = await fixture<ContextProbe>(html`<context-probe locale="fr"></context-probe>`);
      expect(read(probe, 'text')).to.equal('Try again');
      probe.locale = 'not a locale!';
      await probe.updateComplete;
      expect(read(probe, 'locale')).to.equal('en');
    });
  });

  describe('the time zone', () => {
    it('comes from the provider into nested shadow roots, and a component’s own wins', async () => {
      const provider = await fixture<Provider>(html`
        <mentorship-provider time-zone="Asia/Kolkata">
          <probe-host></probe-host>
          <context-probe time-zone="America/Caracas"></context-probe>
        </mentorship-provider>
      `);
      const nested = innerProbe(provider.querySelector('probe-host')!);
      await nested.updateComplete;
      expect(read(nested, 'zone')).to.equal('Asia/Kolkata');
      expect(read(provider.querySelector(':scope > context-probe')!, 'zone')).to.equal('America/Caracas');
    });

    it('skips a zone that is not an IANA name, with a warning', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const provider = await fixture<Provider>(html`
          <mentorship-provider time-zone="Europe/Madrid"><context-probe time-zone="Mars/Olympus"></context-probe></mentorship-provider>
        `);
        const probe = provider.querySelector('context-probe')!;
        await (probe as ContextProbe).updateComplete;
        expect(read(probe, 'zone')).to.equal('Europe/Madrid');
        expect(String(warnings[0])).to.contain('"Mars/Olympus" is not an IANA time zone');
      } finally {
        console.warn = warn;
      }
    });

    it("is the browser's own zone when none is given anywhere", async () => {
      await emulateBrowserTimeZone('Asia/Kathmandu');
      try {
        const host = await fixture<ProbeHost>(html`<probe-host></probe-host>`);
        const probe = innerProbe(host);
        await probe.updateComplete;
        expect(read(probe, 'zone')).to.equal('Asia/Kathmandu');
      } finally {
        await restoreBrowserTimeZone();
      }
    });
  });
});
