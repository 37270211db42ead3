import { registerEnumType } from 'type-graphql';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Which way a list is sorted.',
  valuesConfig: {
    ASC: { description: 'Ascending: oldest date, lowest number, A before Å first.' },
    DESC: { description: 'Descending: newest date, highest number, Å before A first.' },
  },
});
