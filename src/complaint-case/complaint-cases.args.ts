import { ArgsType } from 'type-graphql';
import { PagingArgs } from '../graphql/paging.args';

/** Ruling.complaintCases pages with the Relay arguments every connection takes. */
@ArgsType()
export class ComplaintCasesArgs extends PagingArgs {}
