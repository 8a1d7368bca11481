// ESLint for the widget and the inbox: typescript-eslint's recommended rules, Lit's and the web components' rules.
// Formatting is Prettier's job (npm run format), so eslint-config-prettier turns the stylistic rules off.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // src/wire/ is generated from the wire schemas, and the emoji pictures from Twemoji (npm run wire).
  { ignores: ['node_modules/', 'target/', 'src/wire/', 'src/components/composer/emoji-images.ts'] },
  js.configs.recommended,
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommended, wc.configs['flat/recommended'], lit.configs['flat/recommended']],
    languageOptions: { globals: globals.browser },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // `const { text: _, ...rest } = frame` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  prettier,
);
