// @ts-check
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist', '**/node_modules', '**/.data', '**/generated/**', 'tmp', 'test-artifacts', '.nx'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@nx': nx },
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // Apps never import each other: an app may only depend on libraries.
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['type:domain', 'type:contract'] },
            { sourceTag: 'scope:dashboard', onlyDependOnLibsWithTags: ['type:domain', 'type:ui', 'type:contract'] },
            // Props-only UI: no Apollo, no app code.
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: ['@apollo/*', '@nestjs/*', 'typeorm'] },
            // Pure rules: no framework at all.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [], bannedExternalImports: ['@nestjs/*', 'typeorm', 'react', '@apollo/*', 'pg'] },
            { sourceTag: 'type:contract', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
    },
  },
  {
    // Type-checked lint for the API and its tests: an `any` (an untyped query() row, a parsed body) may not flow onward.
    files: ['apps/api/**/*.ts'],
    languageOptions: { parserOptions: { project: ['./apps/api/tsconfig.spec.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
    },
  },
  {
    // One owner per table: hand-written SQL only in the owner's typed statements (migrations and the SQL runner live in database/).
    files: ['apps/api/src/**/*.ts'],
    ignores: ['**/*.queries.ts', 'apps/api/src/database/**', '**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='query']",
          message: "Hand-written SQL goes in the owning module's *.queries.ts as a typed statement (see docs/architecture.md)",
        },
      ],
    },
  },
  {
    // A module reaches another module's data through its exported service, never through its entity or statements.
    files: ['apps/api/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // '../organisation/organisation.entity', '../../plan/plan.queries'; a module's own '../action.entity' (from dto/) passes.
              regex: '^(\\.\\./)+([^./][^/]*/)+[^/]*\\.(entity|queries)$',
              message: "Another module's table is its own: use its exported service, model or errors, not its *.entity or *.queries (see docs/architecture.md)",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', fetch: 'readonly', FormData: 'readonly' },
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
