import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The one-way imports of ARCHITECTURE.md, as lint:
 * src/app -> src/features -> src/components, src/lib -> contract;
 * server/routes -> server/cpis, server/auth -> server/db -> contract; no feature imports another.
 */
const boundaryElements = [
  // Tests and stories first: a file matches the first element that fits.
  { type: 'server-test', pattern: 'server/**/*.test.ts', mode: 'full' },
  { type: 'spa-test-file', pattern: ['src/**/*.test.{ts,tsx}', 'src/**/*.stories.tsx'], mode: 'full' },
  { type: 'contract', pattern: 'contract' },
  { type: 'app', pattern: 'src/app' },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'spa-shared', pattern: ['src/components', 'src/lib', 'src/stores'] },
  { type: 'spa-test', pattern: 'src/test' },
  { type: 'mocks', pattern: 'mocks' },
  { type: 'server-routes', pattern: 'server/routes' },
  { type: 'server-domain', pattern: ['server/cpis', 'server/auth', 'server/ingest', 'server/pds'] },
  { type: 'server-db', pattern: 'server/db' },
  { type: 'server-testing', pattern: 'server/testing' },
  { type: 'server', pattern: 'server', mode: 'folder' },
  { type: 'e2e', pattern: 'e2e' },
  { type: 'stand-in', pattern: 'stand-ins/*', capture: ['standIn'] },
];

const boundaryRules = [
  { from: 'contract', allow: ['contract'] },
  { from: 'spa-shared', allow: ['spa-shared', 'contract'] },
  {
    from: 'feature',
    allow: [['feature', { feature: '${from.feature}' }], 'spa-shared', 'contract'],
  },
  { from: 'app', allow: ['app', 'feature', 'spa-shared', 'contract'] },
  { from: 'spa-test-file', allow: ['app', 'feature', 'spa-shared', 'contract', 'mocks', 'spa-test'] },
  { from: 'spa-test', allow: ['app', 'spa-shared', 'mocks', 'contract'] },
  { from: 'mocks', allow: ['mocks', 'contract'] },
  { from: 'server-db', allow: ['server-db', 'contract', 'server'] },
  { from: 'server-domain', allow: ['server-domain', 'server-db', 'contract', 'server', 'stand-in'] },
  // A stand-in speaks a national protocol on its own: it shares no code with the client it answers.
  { from: 'stand-in', allow: [['stand-in', { standIn: '${from.standIn}' }], 'contract'] },
  { from: 'server-routes', allow: ['server-routes', 'server-domain', 'server-db', 'contract', 'server'] },
  { from: 'server', allow: ['server', 'server-routes', 'server-domain', 'server-db', 'contract'] },
  {
    from: 'server-test',
    allow: ['server', 'server-routes', 'server-domain', 'server-db', 'contract', 'server-testing', 'stand-in'],
  },
  {
    from: 'server-testing',
    allow: ['server', 'server-routes', 'server-domain', 'server-db', 'contract', 'server-testing', 'stand-in'],
  },
  { from: 'e2e', allow: ['e2e', 'contract'] },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'storybook-static',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Command-line tools talk to their user on the console.
    files: ['scripts/**/*', 'bench/**/*', 'server/**/cli.ts', 'stand-ins/*/write-*.ts', 'stand-ins/*/main.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', '.storybook/**/*.{ts,tsx}', 'public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['*.config.ts', '.storybook/**'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': boundaryElements,
      'boundaries/include': ['src/**/*', 'server/**/*', 'contract/**/*', 'mocks/**/*', 'e2e/**/*', 'stand-ins/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/element-types': ['error', { default: 'disallow', rules: boundaryRules }],
    },
  },
  {
    // The SPA never imports the server...
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/server/**'], message: 'The SPA must not import server code.' }],
          paths: [
            {
              name: 'zod',
              message:
                "Use 'zod/mini': classic zod cannot be tree-shaken and would add about 14 KB gzipped to the SPA.",
            },
          ],
        },
      ],
    },
  },
  {
    // ...and the server (with its scripts, benchmarks and e2e) never imports the SPA.
    files: ['server/**/*.ts', 'stand-ins/**/*.ts', 'scripts/**/*', 'bench/**/*', 'e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/**', '!**/src/**/*.json'], message: 'The server must not import SPA code.' }] },
      ],
    },
  },
);
