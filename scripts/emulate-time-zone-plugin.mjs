// A test-runner command that sets the browser's own time zone for the calling test page, through the
// DevTools protocol, so tests can check what happens when no `time-zone` is given anywhere.
// Browser side: `executeServerCommand('emulate-time-zone', { timeZone })`; an empty zone clears it.
export function emulateTimeZonePlugin() {
  // One DevTools session per page: an override belongs to the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'emulate-time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-time-zone') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setTimezoneOverride', { timezoneId: payload.timeZone });
      return true;
    },
  };
}
