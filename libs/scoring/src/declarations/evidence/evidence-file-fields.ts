import { Field, Int, ObjectType } from '@nestjs/graphql';

/** What is shown of an evidence file wherever it appears (a declaration, a score's entry): never its content. */
@ObjectType({ isAbstract: true })
export abstract class EvidenceFileFields {
  @Field({ description: '文件名' })
  fileName: string;

  @Field({ description: '文件类型' })
  contentType: string;

  @Field(() => Int, { description: '大小（字节）' })
  sizeBytes: number;

  @Field({ description: 'SHA-256（可用于核对文件未被替换）' })
  sha256: string;
}
