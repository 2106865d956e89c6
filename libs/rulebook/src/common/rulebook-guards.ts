import { ConflictException } from '@village/platform-common';
import { isUniqueViolation } from '@village/platform-db';

/** Published rules are never edited in place: the error names what was refused and the way forward. */
export function publishedError(what: string): ConflictException {
  return new ConflictException(`${what}已发布（通过），不能修改；如需修改，请新建版本`);
}

/** Runs an insert or update, turning a duplicate item code into a CONFLICT naming the code. */
export async function uniqueCode<T>(code: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictException(`编码 ${code} 已被使用`, [
        { field: 'item.code', reasons: ['编码已被使用'] },
      ]);
    }
    throw error;
  }
}
