import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { request } from './graphql';

export type QueryState<T> =
  | { loading: true; data?: T; error?: undefined }
  | { loading: false; data: T; error?: undefined }
  | { loading: false; data?: undefined; error: Error };

/**
 * Runs an operation whenever its variables change (compared as JSON) and drops answers of
 * earlier variables, so a slow answer never overwrites a newer one. `skip` waits for input.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  skip = false,
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<TResult>>({ loading: true });
  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    setState((previous) => ({ loading: true, data: previous.data }));
    request(document, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => setState({ loading: false, data }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ loading: false, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [document, key, skip]);
  return state;
}
