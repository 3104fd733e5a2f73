// A test-runner command that sets the browser's own time zone for the calling test page, through the
// DevTools protocol (`emulate-time-zone`; an empty zone clears it). Media features need no plugin:
// @web/test-runner-commands has `emulateMedia`.
export function emulateBrowserPlugin() {
  // One DevTools session per page: an override belongs to the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'emulate-browser',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-time-zone') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setTimezoneOverride', { timezoneId: payload.timeZone });
      return true;
    },
  };
}
