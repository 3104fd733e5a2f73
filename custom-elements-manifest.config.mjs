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
      // The analyzer lists modules in directory-listing order, which differs between machines; sorting
      // makes the committed manifest comparable with a fresh one anywhere.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
