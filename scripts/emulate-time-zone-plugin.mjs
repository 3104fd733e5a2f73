// A test-runner command that sets the browser's own time zone for the calling test page, through the
// DevTools protocol, so tests can check what happens when no `time-zone` is given anywhere.
// Browser side: `executeServerCommand('emulate-time-zone', { timeZone })` from @web/test-runner-commands.
export function emulateTimeZonePlugin() {
  return {
    name: 'emulate-time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-time-zone') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setTimezoneOverride', { timezoneId: payload.timeZone });
      return true;
    },
  };
}
