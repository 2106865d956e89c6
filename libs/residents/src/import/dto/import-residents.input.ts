import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional } from 'class-validator';
import { IdField, registerLabelledEnum } from '@village/platform-common';
import { IMPORT_LIMITS_TEXT } from '../import-limits';

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
    '批量导入村民。表头：姓名、性别、出生日期、身份证号、联系电话、户号、是否户主、网格（编码或名称）、身份，' +
    '可另加所填身份的起始日期列（入党日期、村民代表起始日期、志愿者起始日期、五老起始日期、村民起始日期；不填为导入当天）。' +
    '日期可写 1966-05-07、1966/5/7、1966年5月7日 或 Excel 日期。任一行有误则全部不导入',
})
export class ImportResidentsInput {
  @IdField({ description: '导入到哪个村' })
  villageId: string;

  @Field(() => ImportFormat, { description: '文件格式' })
  @IsEnum(ImportFormat, { message: '格式无效' })
  format: ImportFormat;

  @Field({ description: `文件内容（base64），${IMPORT_LIMITS_TEXT}` })
  @IsNotEmpty({ message: '不能为空' })
  contentBase64: string;

  @Field(() => Boolean, { defaultValue: false, description: '只检查不写入' })
  @IsOptional()
  @IsBoolean({ message: '必须是布尔值' })
  dryRun = false;
}
