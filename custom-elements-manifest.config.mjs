// The manifest documents the elements' public surface (and the base class they inherit it from);
// clients and helpers are documented by their TypeScript types.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/mentorship-element.ts', 'src/events/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.harness.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
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
