import type { QueryState } from '../api/useQuery';
import { useStrings } from '../i18n/language';

/** Loading and error lines of a query: an error shows the API's own message, which names what was wrong. */
export function QueryStatus({ state }: { state: QueryState<unknown> }) {
  const strings = useStrings();
  if (state.error)
    return (
      <p role="alert" className="error">
        {strings.error}: {state.error.message}
      </p>
    );
  if (state.loading) return <p aria-live="polite">{strings.loading}</p>;
  return null;
}
