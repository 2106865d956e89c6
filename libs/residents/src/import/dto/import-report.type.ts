import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImportRowReport', { description: '导入文件中一行的检查结果' })
export class ImportRowReportType {
  @Field(() => Int, { description: '表格行号（表头为第 1 行）' })
  row: number;

  @Field({ description: '该行是否无误' })
  ok: boolean;

  @Field(() => [String], { description: '该行的问题，按列说明' })
  errors: string[];
}

@ObjectType('ImportReport', { description: '导入结果：任一行有误则一行也不导入' })
export class ImportReportType {
  @Field(() => Int, { description: '已导入的村民人数（试导入或有误时为 0）' })
  imported: number;

  @Field(() => Int, { description: '新建的户数（试导入或有误时为 0）' })
  householdsCreated: number;

  @Field({ description: '是否为试导入（只检查不写入）' })
  dryRun: boolean;

  @Field(() => [ImportRowReportType], { description: '逐行结果' })
  rows: ImportRowReportType[];
}
