import { posix } from 'node:path';
import { forEachModuleReference } from './scripts/manifest-references.mjs';

// The manifest documents the elements' public surface (and the base class they inherit it from);
// clients and helpers are documented by their TypeScript types.
export default {
  globs: ['src/components/**/*.ts', 'src/base/mentorship-element.ts', 'src/events/**/*.ts'],
  // steps/ holds the card's step templates: internal, like the class's private methods.
  exclude: ['src/**/*.test.ts', 'src/**/*.harness.ts', 'src/components/**/steps/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Private state is no promise to users: the analyzer lists Lit's `state: true` properties as
      // attributes and keeps `private`/`#` members. Only the public (and protected, for subclasses) stay.
      name: 'public-surface-only',
      packageLinkPhase({ customElementsManifest }) {
        const isPrivate = member => member.privacy === 'private' || member.name.startsWith('#');
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.kind !== 'class') continue;
            const hidden = new Set((declaration.members ?? []).filter(isPrivate).map(member => member.name));
            if (declaration.members) declaration.members = declaration.members.filter(member => !isPrivate(member));
            if (declaration.attributes)
              declaration.attributes = declaration.attributes.filter(attribute => !hidden.has(attribute.fieldName));
          }
        }
      },
    },
    {
      // The manifest ships in the package, whose users have dist/, not src/: every module path points
      // at the built file, and each define.ts says which tag it defines (the analyzer does not see
      // through `defineElement`), so editors and Storybook-style tools resolve elements and tags.
      name: 'published-paths',
      packageLinkPhase({ customElementsManifest }) {
        // `src/x.ts`, `/src/x.js` (a mixin's module) or `./x.js` (a re-export, from its module) → `dist/x.js`.
        const built = (path, from) =>
          posix
            .normalize(path.startsWith('.') ? posix.join(posix.dirname(from), path) : path)
            .replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
        for (const module of customElementsManifest.modules) {
          const from = module.path;
          forEachModuleReference(module, (node, key) => (node[key] = built(node[key], from)));
        }
        for (const module of customElementsManifest.modules) {
          const tag = module.path.match(/^dist\/components\/([\w-]+)\/define\.js$/)?.[1];
          const element = tag && module.exports?.find(each => each.kind === 'js');
          if (!element) continue;
          module.exports.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: element.name, module: `dist/components/${tag}/${tag}.js` },
          });
        }
      },
    },
    {
      // The analyzer lists modules in directory-listing order, which differs between machines; sorting
      // makes the committed manifest comparable with a fresh one anywhere.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
