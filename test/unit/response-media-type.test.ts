import { responseMediaType } from '../../src/graphql/http/response-media-type';

describe('responseMediaType', () => {
  it.each([
    [undefined, 'application/json'],
    ['', 'application/json'],
    ['application/json', 'application/json'],
    ['application/graphql-response+json', 'application/graphql-response+json'],
    ['application/graphql-response+json, application/json;q=0.9', 'application/graphql-response+json'],
    ['application/json, application/graphql-response+json', 'application/json'],
    ['application/json;q=0.5, application/graphql-response+json', 'application/graphql-response+json'],
    ['*/*', 'application/json'],
    ['application/*', 'application/json'],
    ['text/html, */*;q=0.8', 'application/json'],
    ['application/graphql-response+json;q=0, */*', 'application/json'],
    ['APPLICATION/GRAPHQL-RESPONSE+JSON', 'application/graphql-response+json'],
  ])('Accept %p gives %s', (accept, expected) => {
    expect(responseMediaType(accept)).toBe(expected);
  });

  it.each([['text/html'], ['application/xml, text/*'], ['application/json;q=0']])(
    'Accept %p allows neither JSON type',
    (accept) => {
      expect(responseMediaType(accept)).toBeNull();
    },
  );
});
