import { Field, ID, ObjectType } from '@nestjs/graphql';
import { HouseholdRelation } from '../../residents/resident-status.enum';

@ObjectType('HouseholdMember', {
  description: '同户的家人（在村）：村民为家人申报可计给家人的事项时选择',
})
export class HouseholdMemberType {
  @Field(() => ID)
  id: string;

  @Field({ description: '姓名' })
  name: string;

  @Field({ description: '是否户主' })
  isHead: boolean;

  @Field(() => HouseholdRelation, { nullable: true, description: '与户主关系（户主为空）' })
  relationToHead: HouseholdRelation | null;
}
