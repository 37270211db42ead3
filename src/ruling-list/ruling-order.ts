import { IsEnum } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import type { SortKey } from '../graphql/keyset';
import { OrderDirection } from '../graphql/order-direction';

export enum RulingOrderField {
  DECIDED_ON = 'DECIDED_ON',
  NUMBER = 'NUMBER',
  TITLE = 'TITLE',
}
registerEnumType(RulingOrderField, {
  name: 'RulingOrderField',
  description: 'What rulings() is sorted by; ties are always settled by number, ascending.',
  valuesConfig: {
    DECIDED_ON: { description: 'The decision date.' },
    NUMBER: { description: 'The canonical number as text ("10-18" before "5-20").' },
    TITLE: { description: 'The title as text.' },
  },
});

@InputType({ description: 'The order of rulings(): a field and a direction. Default DECIDED_ON DESC (newest first).' })
export class RulingOrder {
  @Field(() => RulingOrderField, { description: 'The field to sort by.' })
  @IsEnum(RulingOrderField)
  field: RulingOrderField;

  @Field(() => OrderDirection, { description: 'Ascending or descending.' })
  @IsEnum(OrderDirection)
  direction: OrderDirection;
}

export const DEFAULT_RULING_ORDER: RulingOrder = { field: RulingOrderField.DECIDED_ON, direction: OrderDirection.DESC };

export enum RulingSearchOrder {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
}
registerEnumType(RulingSearchOrder, {
  name: 'RulingSearchOrder',
  description: 'The order of searchRulings() hits.',
  valuesConfig: {
    RELEVANCE: {
      description:
        'Most relevant first; equal relevance: in force, then partly repealed, then not yet issued, then repealed (on filter.asOf), then newest, then number.',
    },
    NEWEST: { description: 'Newest decision first, then number.' },
  },
});

const BY_NUMBER: SortKey = { expr: 'r.number', direction: 'ASC' };

/** The Cypher sort keys of a rulings() order; the cursor holds the row's value of each. */
export function listSortKeys(order: RulingOrder): SortKey[] {
  const direction = order.direction;
  switch (order.field) {
    case RulingOrderField.NUMBER:
      return [{ expr: 'r.number', direction }];
    case RulingOrderField.TITLE:
      return [{ expr: 'r.title', direction }, BY_NUMBER];
    default:
      return [{ expr: 'r.decidedOn', direction }, BY_NUMBER];
  }
}

/** Search hits carry score and standing (0 in force ... 3 repealed, see search.cypher). */
export function searchSortKeys(order: RulingSearchOrder): SortKey[] {
  if (order === RulingSearchOrder.NEWEST) return [{ expr: 'r.decidedOn', direction: 'DESC' }, BY_NUMBER];
  return [
    { expr: 'score', direction: 'DESC' },
    { expr: 'standing', direction: 'ASC' },
    { expr: 'r.decidedOn', direction: 'DESC' },
    BY_NUMBER,
  ];
}
