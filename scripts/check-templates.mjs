// Every attribute, property and event our own templates use on our own tags is one the tag has
// (custom-elements.json): lit-analyzer's no-unknown-attribute cannot read `static properties`, so a
// misspelt `servce=` on the card's <mentor-agenda> would render a tag that silently ignores it.
// Run by `npm test` (after the manifest is checked fresh); a planted misspelling proves it still bites.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Attributes any element takes. */
const GLOBAL = /^(part|class|id|style|slot|hidden|role|tabindex|exportparts|lang|dir|title|inert|aria-[\w-]+|data-[\w-]+)$/;

/** Each of our tags: its attributes, properties and events, inherited ones included. */
export function tagsOf(manifest) {
  const tags = new Map();
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      tags.set(declaration.tagName, {
        attributes: new Set((declaration.attributes ?? []).map(attribute => attribute.name)),
        properties: new Set((declaration.members ?? []).filter(member => member.kind === 'field').map(member => member.name)),
        events: new Set((declaration.events ?? []).map(event => event.name)),
      });
    }
  return tags;
}

/** What `source` (a module's text) sets on our tags that they do not have: `file: <tag> name`. */
export function unknownBindings(source, file, tags) {
  const problems = [];
  for (const [, tag, body] of source.matchAll(/<((?:mentor|mentorship)-[a-z-]+)(\s[^>]*?)?>/g)) {
    const known = tags.get(tag);
    if (!known || !body) continue;
    // Names before `=`, or alone: `mentor=${…}`, `.client=${…}`, `?compact=${…}`, `@mentorship-booked=${…}`, `compact`.
    const template = body.replace(/\$\{[^}]*\}/g, '""').replace(/"[^"]*"|'[^']*'/g, '""');
    for (const [, name] of template.matchAll(/([.?@]?[\w-]+)(?==|\s|$)/g)) {
      const ok = name.startsWith('.')
        ? known.properties.has(name.slice(1))
        : name.startsWith('@')
          ? !name.startsWith('@mentor') || known.events.has(name.slice(1))
          : GLOBAL.test(name.replace(/^\?/, '')) || known.attributes.has(name.replace(/^\?/, ''));
      if (!ok) problems.push(`${file}: <${tag}> ${name}`);
    }
  }
  return problems;
}

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' || entry.name === 'frameworks' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const tags = tagsOf(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
// The check itself, on a planted misspelling: it must be found, or the check has stopped working.
const planted = unknownBindings(
  'html`<mentor-agenda servce=${service} .clent=${client} @mentorship-slot-selec=${go} mentor=${m}></mentor-agenda>`',
  'planted',
  tags,
);
if (planted.length !== 3) {
  console.error(`check-templates: a planted misspelling was not found (${planted.join('; ') || 'nothing'}).`);
  process.exit(1);
}
const problems = sources('src').flatMap(file => unknownBindings(readFileSync(file, 'utf8'), file, tags));
if (problems.length) {
  console.error(`Our templates set what our tags do not have (custom-elements.json):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('check-templates: every attribute, property and event our templates use on our tags is theirs.');
