import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LedgerChainCheck', { description: '台账哈希链校验结果' })
export class LedgerChainCheckType {
  @Field({ description: '整条链完好' })
  ok: boolean;

  @Field(() => Int, { description: '校验的记录数' })
  entries: number;

  @Field(() => Int, { nullable: true, description: '第一条对不上的记录序号（链完好时为空）' })
  firstBrokenSeq: number | null;
}
