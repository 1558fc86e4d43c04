// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Modules talk to each other only through their index.ts (architecture.md): these patterns refuse
// a deep import into another module, from files one and two folders deep inside a module. One
// exception: a module's schema.ts may be imported directly, for foreign keys and queries. Tables
// are data definitions, and importing them through index.ts would pull in a module's pages and make
// import cycles (schema -> index -> pages -> schema).
const otherModuleInternals = (depth) => ({
  regex: `^${'\\.\\./'.repeat(depth)}(?!\\.\\.)[^/]+/(?!(index|schema)\\.ts$).+`,
  message: "Import another module only through its index.ts.",
});

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', '.cache/', 'bench/results/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/modules/*/*.ts', 'src/modules/*/*.tsx'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherModuleInternals(1)] }] },
  },
  {
    files: ['src/modules/*/*/*.ts', 'src/modules/*/*/*.tsx'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherModuleInternals(2)] }] },
  },
);
