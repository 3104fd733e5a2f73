// Editor data from custom-elements.json, so tags, attributes and their values autocomplete:
// VS Code's HTML custom data (vscode.html-custom-data.json) and JetBrains' web-types.json. Written by
// `npm run docs`; `editorData(manifest)` is also what check-manifest.mjs compares with the committed files.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The elements of a manifest: tag, description, attributes, events, slots, parts. */
function elementsOf(manifest) {
  return manifest.modules
    .flatMap(module => module.declarations ?? [])
    .filter(declaration => declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** `'a' | 'b'` → ['a', 'b']: the values an attribute takes, when its type lists them. */
function valuesOf(type = '') {
  const literals = type
    .split('|')
    .map(part => part.trim())
    .filter(part => part !== 'undefined');
  return literals.length > 0 && literals.every(part => /^'[^']*'$/.test(part)) ? literals.map(part => part.slice(1, -1)) : [];
}

/** A tag's attributes as both formats need them: name, description, the values it takes, boolean or not. */
function attributesOf(element) {
  return (element.attributes ?? []).map(attribute => ({
    name: attribute.name,
    description: attribute.description ?? '',
    type: attribute.type?.text ?? 'string',
    values: valuesOf(attribute.type?.text).map(name => ({ name })),
  }));
}

export function editorData(manifest) {
  const elements = elementsOf(manifest);
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const vscode = {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map(element => ({
      name: element.tagName,
      description: element.summary ?? element.description ?? '',
      attributes: attributesOf(element).map(({ name, description, type, values }) => ({
        name,
        description,
        ...(values.length ? { values } : {}),
        ...(type === 'boolean' ? { valueSet: 'v' } : {}),
      })),
    })),
  };
  const webTypes = {
    $schema: 'https://json.schemastore.org/web-types',
    name: 'mentorship-widgets',
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map(element => ({
          name: element.tagName,
          description: element.summary ?? element.description ?? '',
          attributes: attributesOf(element).map(({ name, description, type, values }) => ({
            name,
            description,
            value: values.length ? { type: 'enum', kind: 'plain' } : { type, kind: type === 'boolean' ? 'no-value' : 'plain' },
            ...(values.length ? { values } : {}),
          })),
          events: (element.events ?? []).map(event => ({ name: event.name, description: event.description ?? '' })),
          slots: (element.slots ?? []).map(slot => ({ name: slot.name, description: slot.description ?? '' })),
          css: { parts: (element.cssParts ?? []).map(part => ({ name: part.name, description: part.description ?? '' })) },
        })),
      },
    },
  };
  return {
    'vscode.html-custom-data.json': `${JSON.stringify(vscode, null, 2)}\n`,
    'web-types.json': `${JSON.stringify(webTypes, null, 2)}\n`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  for (const [file, text] of Object.entries(editorData(manifest))) writeFileSync(file, text);
  console.log('vscode.html-custom-data.json and web-types.json written.');
}
