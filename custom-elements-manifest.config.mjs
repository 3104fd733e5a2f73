export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.harness.ts'],
  outdir: '.',
  litelement: true,
};
