import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the README's operations, from the committed SDL (not a running server), so
// CI needs no service: a schema change that breaks an operation fails generation, and one that
// changes a type the client relies on fails its type check.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: 'docs/examples/typed-client/operations/*.graphql',
  generates: {
    'docs/examples/typed-client/generated/': {
      preset: 'client',
      config: {
        // The API's Date scalar is a YYYY-MM-DD string on the wire.
        scalars: { Date: 'string' },
        strictScalars: true,
        useTypeImports: true,
      },
    },
  },
  ignoreNoDocuments: false,
};

export default config;
