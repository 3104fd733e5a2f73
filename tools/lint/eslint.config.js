// ESLint for the package, its tests, demo and scripts. It lives here, beside the TypeScript 5 its
// plugins need (the package builds with TypeScript 7, which typescript-eslint cannot load yet).
import js from '@eslint/js';
import compat from 'eslint-plugin-compat';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = new URL('../..', import.meta.url).pathname;

export default tseslint.config(
  { ignores: ['dist/', 'dist-demo/', 'dist-an/', 'node_modules/', 'tools/', 'public/mockServiceWorker.js'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'test/*/*.js'] }, tsconfigRootDir: root },
      globals: { ...globals.browser },
    },
    rules: {
      // `_name` is how we say "taken out on purpose" (a rest sibling, an argument an interface passes).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Client methods are async without awaiting so that a throw becomes a rejection, as the contract says.
      '@typescript-eslint/require-await': 'off',
      // An aborted signal's `reason` is what fetch and the platform reject with: we pass it on as it is.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    // What runs in the student's browser: the browsers the README names.
    files: ['src/**/*.ts'],
    ...compat.configs['flat/recommended'],
  },
  {
    // Tags talk through events and the provider (components/mentorship-provider/routes.ts): none looks
    // another up in the page.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['querySelector', 'querySelectorAll', 'getElementsByTagName', 'getElementById'].map(property => ({
          object: 'document',
          property,
          message: 'A tag asks another with a request the provider routes (base/routing.ts), never by finding it in the page.',
        })),
      ],
    },
  },
  {
    // utils/ is the leaf: helpers that import nothing of ours but each other (the layout in STYLE.md).
    files: ['src/utils/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*'], message: 'src/utils/ imports nothing of ours outside utils/.' }] },
      ],
    },
  },
  {
    files: ['scripts/**', '*.config.*', 'vite*.ts', 'test/**/*.mjs', 'test/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read JSON bodies and events' details as the browser gives them (\`any\`), assert with chai's
      // property style (\`.to.exist\`), and save a platform method to put it back after faking it.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: '@open-wc/semantic-dom-diff', name: ['Equal', 'equal'] }] },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
