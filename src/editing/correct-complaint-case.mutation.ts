import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { EDITOR_ROLE } from '../auth/viewer';
import { ComplaintCase } from '../complaint-case/complaint-case.type';
import type { Context } from '../context';
import { correctComplaintCaseEdit } from './correct-complaint-case.edit';
import { CorrectComplaintCaseInput } from './correct-complaint-case.input';
import { checkIdempotencyKey, IDEMPOTENCY_KEY_ARG } from './idempotency';
import { requireViewer } from './require-viewer';

@Resolver()
export class CorrectComplaintCaseMutation {
  @Authorized(EDITOR_ROLE)
  @Mutation(() => ComplaintCase, {
    description:
      'Corrects the outcomes, reasons, applied rulings or paragraphs of a complaint case (role editor); practice statistics follow.',
  })
  async correctComplaintCase(
    @Arg('input', () => CorrectComplaintCaseInput, { description: 'The case and the parts of it to replace.' })
    input: CorrectComplaintCaseInput,
    @Arg('idempotencyKey', () => String, IDEMPOTENCY_KEY_ARG) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<ComplaintCase> {
    const key = checkIdempotencyKey(idempotencyKey);
    await ctx.repositories.editing.apply(requireViewer(ctx), correctComplaintCaseEdit(input), key);
    return ComplaintCase.from((await ctx.repositories.editing.complaintCase(input.id))!);
  }
}
