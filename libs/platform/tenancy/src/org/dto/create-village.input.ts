import { InputType } from '@nestjs/graphql';
import { IdField } from '@village/platform-common';
import { OrgUnitFields } from './org-unit-fields';

@InputType({ description: '新建村' })
export class CreateVillageInput extends OrgUnitFields {
  @IdField({ description: '所属镇（街道）' })
  townId: string;
}
