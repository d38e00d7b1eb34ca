// Flat ESLint config picked up by `office-addin-lint check` (npm run lint). It keeps the
// Office add-in rules (context.sync, load-before-read, ...) and adds what this project needs:
// TypeScript + TSX parsing and React 18's automatic JSX runtime.
// Formatting is not linted: the project's own style (single quotes) differs from the
// office-addin-prettier-config defaults, and rewriting everyone's files is not lint's job.
import officeAddins from 'eslint-plugin-office-addins';
import tsParser from '@typescript-eslint/parser';
import globals from 'globals';

// Reuse the plugin's own plugin objects: ESLint refuses a second copy of '@typescript-eslint'.
const tsBlock = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins['@typescript-eslint']);

export default [
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'coverage/**', 'out/**'] },
  ...officeAddins.configs.react,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: tsBlock.plugins,
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // TypeScript already reports undefined names, and knows the Office/Excel/DOM globals.
      'no-undef': 'off',
      'no-unused-vars': 'off', // the TypeScript-aware rule below replaces it (type-only names)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Build scripts and configs: CommonJS for Node.
    files: ['*.js', 'scripts/**/*.js', 'bin/**/*.js', 'bench/**/*.cjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: globals.node },
  },
  {
    // The .xlsx shell and the CLI use exceljs, not Office.js: the Office.js load/sync rules
    // would misread exceljs cells as Excel proxy objects.
    files: ['src/xlsx/**', 'src/cli/**'],
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, 'off'])),
  },
  {
    rules: {
      'prettier/prettier': 'off',
      'react/react-in-jsx-scope': 'off',
      'react/prop-types': 'off',
    },
  },
];
