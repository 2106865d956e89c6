import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { OrgUnitFields } from './org-unit-fields';

@InputType({ description: '新建镇（街道）' })
export class CreateTownInput extends OrgUnitFields {
  @Field(() => ID, { description: '所属区' })
  @IsUUID('all', { message: '必须是有效的编号' })
  districtId: string;
}
