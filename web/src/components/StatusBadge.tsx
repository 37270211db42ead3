import { graphql } from '../gql';
import type { CitatorFlag } from '../gql/graphql';

// The fields a badge needs: the API's citator flag (colour) and its Danish label (text).
graphql(`
  fragment StatusBadgeFields on RulingStatus {
    flag
    flagLabel
  }
`);

export function StatusBadge({ status }: { status: { flag: CitatorFlag; flagLabel: string } }) {
  return <span className={`badge badge-${status.flag.toLowerCase()}`}>{status.flagLabel}</span>;
}
