import { graphql } from '../gql';
import type { StatusReasonFieldsFragment } from '../gql/graphql';
import { useStrings } from '../i18n/language';
import { RulingLink } from './RulingLink';

// Why a ruling is or is not good law on a date, in words. After the citator flag is merged,
// the sentences come from RulingStatus.reasons[].label and this component only lists them.
graphql(`
  fragment StatusReasonFields on RulingStatus {
    status
    asOf
    repealedOn
    repealedBy {
      consolidationId
    }
    repeals {
      extent
      on
      consolidation {
        consolidationId
      }
    }
    successors {
      number
    }
    lawChanged
    changedParagraphs {
      ref
    }
    citesRepealed {
      number
    }
  }
`);

export function StatusReasons({ status, decidedOn }: { status: StatusReasonFieldsFragment; decidedOn: string }) {
  const strings = useStrings();
  const sentences: React.ReactNode[] = [];
  const partial = status.repeals.find((repeal) => repeal.extent === 'PARTIAL');
  if (status.status === 'IN_FORCE') sentences.push(strings.reasonInForce);
  if (status.status === 'NOT_YET_ISSUED') sentences.push(strings.reasonNotYet(decidedOn));
  if (status.status === 'REPEALED') {
    sentences.push(strings.reasonRepealed(status.repealedOn ?? '', status.repealedBy?.consolidationId ?? ''));
  }
  if (partial) sentences.push(strings.reasonPartly(partial.on, partial.consolidation.consolidationId));
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
  if (status.lawChanged) sentences.push(strings.reasonLawChanged(status.changedParagraphs.map((p) => p.ref).join(', ')));
  if (status.citesRepealed.length > 0) sentences.push(strings.reasonCitesRepealed(status.citesRepealed.map((r) => r.number).join(', ')));
  return (
    <ul className="reasons" data-testid="status-reasons">
      {sentences.map((sentence, index) => (
        <li key={index}>{sentence}</li>
      ))}
    </ul>
  );
}
