import { Field, ObjectType } from 'type-graphql';

export interface ReversalReasonRecord {
  code: string;
  label: string;
}

@ObjectType({ description: 'A reason for reversal (årsag til omgørelse), registered by Ankestyrelsen since 2019.' })
export class ReversalReason {
  @Field({ description: 'Stable code, e.g. INFO.' })
  code: string;

  @Field({ description: 'Danish label, e.g. "Utilstrækkeligt oplysningsgrundlag eller begrundelse".' })
  label: string;

  static from(record: ReversalReasonRecord): ReversalReason {
    return Object.assign(new ReversalReason(), record);
  }
}
