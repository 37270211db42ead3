import { graphql } from '../gql';
import type { StatusReasonFieldsFragment } from '../gql/graphql';
import { useStrings } from '../i18n/language';
import { RulingLink } from './RulingLink';

// Why a ruling is or is not good law on a date. The sentences are the API's (reasons[].label,
// in Danish, most serious first); the page adds only what the API leaves to a UI: a line for a
// ruling with nothing to warn of, and links to the rulings that carry its practice on.
graphql(`
  fragment StatusReasonFields on RulingStatus {
    flag
    asOf
    reasons {
      code
      label
    }
    successors {
      number
    }
  }
`);

export function StatusReasons({ status, decidedOn }: { status: StatusReasonFieldsFragment; decidedOn: string }) {
  const strings = useStrings();
  const sentences: React.ReactNode[] = status.reasons.map((reason) => reason.label);
  if (status.flag === 'GOOD_LAW') sentences.push(strings.reasonInForce);
  if (status.flag === 'NOT_YET_IN_FORCE') sentences.push(strings.reasonNotYet(decidedOn));
  if (status.successors.length > 0) {
    sentences.push(
      <>
        {strings.reasonSuccessors}{' '}
        {status.successors.map((successor, index) => (
          <span key={successor.number}>
            {index > 0 && ', '}
            <RulingLink number={successor.number} asOf={status.asOf} />
          </span>
        ))}
        .
      </>,
    );
  }
  return (
    <ul className="reasons" data-testid="status-reasons">
      {sentences.map((sentence, index) => (
        <li key={index}>{sentence}</li>
      ))}
    </ul>
  );
}
