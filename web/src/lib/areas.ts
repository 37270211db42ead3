import { useQuery } from '../api/useQuery';
import { graphql } from '../gql';

// The areas of law and the laws the API knows, for the filter fields (each field asks for its
// own list; both are short). Labels are the API's, in Danish.
const FilterAreas = graphql(`
  query FilterAreas {
    areas {
      id
      label
    }
  }
`);

// A law is offered by code: Law.id is the global node id, which the law filters do not take.
const FilterLaws = graphql(`
  query FilterLaws {
    laws {
      code
      shortTitle
    }
  }
`);

export function useAreas(): { id: string; label: string }[] {
  return useQuery(FilterAreas, {}).data?.areas ?? [];
}

export function useLaws(): { code: string; shortTitle: string }[] {
  return useQuery(FilterLaws, {}).data?.laws ?? [];
}
