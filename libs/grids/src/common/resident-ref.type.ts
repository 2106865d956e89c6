import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ResidentEntity } from '@village/residents';

/** A person as posts and teams show them: enough to name them, nothing sensitive. */
@ObjectType('GridResidentRef', { description: '岗位和队伍中的村民（仅姓名和所属网格）' })
export class GridResidentRef {
  @Field(() => ID)
  id: string;

  @Field({ description: '姓名' })
  name: string;

  @Field(() => ID, { nullable: true, description: '所属网格' })
  gridId: string | null;

  static from(resident: ResidentEntity): GridResidentRef {
    return Object.assign(new GridResidentRef(), {
      id: resident.id,
      name: resident.name,
      gridId: resident.gridId,
    });
  }

  /** The resident, or a placeholder when row-level security hides them from the reader. */
  static of(residents: Map<string, ResidentEntity>, id: string): GridResidentRef {
    const found = residents.get(id);
    return found
      ? GridResidentRef.from(found)
      : Object.assign(new GridResidentRef(), { id, name: '（无权查看）', gridId: null });
  }
}
