import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { OrgUnitFields } from './org-unit-fields';

@InputType({ description: '新建村' })
export class CreateVillageInput extends OrgUnitFields {
  @Field(() => ID, { description: '所属镇（街道）' })
  @IsUUID('all', { message: '必须是有效的编号' })
  townId: string;
}
