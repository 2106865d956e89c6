import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional } from 'class-validator';
import { IdField, registerLabelledEnum } from '@village/platform-common';

export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

registerLabelledEnum(ImportFormat, 'ImportFormat', '导入文件格式', {
  CSV: 'CSV（UTF-8，可带 BOM）',
  XLSX: 'Excel 工作簿（取第一个工作表）',
});

@InputType({
  description:
    '批量导入村民。表头：姓名、性别、出生日期、身份证号、联系电话、户号、是否户主、网格、身份。任一行有误则全部不导入',
})
export class ImportResidentsInput {
  @IdField({ description: '导入到哪个村' })
  villageId: string;

  @Field(() => ImportFormat, { description: '文件格式' })
  @IsEnum(ImportFormat, { message: '格式无效' })
  format: ImportFormat;

  @Field({ description: '文件内容（base64），不超过 2 MB、5000 行' })
  @IsNotEmpty({ message: '不能为空' })
  contentBase64: string;

  @Field(() => Boolean, { defaultValue: false, description: '只检查不写入' })
  @IsOptional()
  @IsBoolean({ message: '必须是布尔值' })
  dryRun = false;
}
