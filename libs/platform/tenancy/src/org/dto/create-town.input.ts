import { InputType } from '@nestjs/graphql';
import { IdField } from '@village/platform-common';
import { OrgUnitFields } from './org-unit-fields';

@InputType({ description: '新建镇（街道）' })
export class CreateTownInput extends OrgUnitFields {
  @IdField({ description: '所属区' })
  districtId: string;
}
