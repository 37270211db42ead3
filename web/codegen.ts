import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed SDL, the same contract any front-end team builds on.
// documentMode "string": operations are plain strings at run time, so the explorer's bundle
// carries no GraphQL parser or printer.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      config: {
        documentMode: 'string',
        scalars: { Date: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
