import { graphql } from '../gql';
import type { RulingStatusKind } from '../gql/graphql';
import { useStrings } from '../i18n/language';

// The fields a badge needs. After the citator flag is merged (RulingStatus.flag/flagLabel),
// this fragment and the two lines marked below are all that change.
graphql(`
  fragment StatusBadgeFields on RulingStatus {
    status
  }
`);

export function StatusBadge({ status }: { status: { status: RulingStatusKind } }) {
  const strings = useStrings();
  // Switch after merge: className from status.flag, text from status.flagLabel.
  const label = strings[`status${status.status}`];
  return <span className={`badge badge-${status.status.toLowerCase()}`}>{label}</span>;
}
