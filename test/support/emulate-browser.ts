import { executeServerCommand } from '@web/test-runner-commands';

/** Makes the browser itself run in `timeZone` (scripts/emulate-browser-plugin.mjs). */
export async function emulateBrowserTimeZone(timeZone: string): Promise<void> {
  await executeServerCommand('emulate-time-zone', { timeZone });
}

/** Gives the browser its real zone back. */
export async function restoreBrowserTimeZone(): Promise<void> {
  await executeServerCommand('emulate-time-zone', { timeZone: '' });
}
