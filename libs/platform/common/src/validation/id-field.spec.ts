import { ArrayMaxSize, validate } from 'class-validator';
import { IdField, IdListField } from './id-field';

class Probe {
  @IdField({ description: '村' })
  villageId: string;

  @IdField({ nullable: true })
  gridId?: string | null;

  @ArrayMaxSize(2, { message: '最多 2 个' })
  @IdListField({ nullable: true })
  householdIds?: string[] | null;
}

const UUID = '0190d1a4-5b6c-7d8e-9f00-112233445566';

async function reasons(values: Partial<Probe>): Promise<Record<string, string[]>> {
  const errors = await validate(Object.assign(new Probe(), values));
  return Object.fromEntries(errors.map((e) => [e.property, Object.values(e.constraints ?? {})]));
}

describe('IdField', () => {
  it('refuses a non-UUID with the Chinese message', async () => {
    expect(await reasons({ villageId: 'v-1' })).toEqual({ villageId: ['必须是有效的编号'] });
  });

  it('lets a nullable id be left out or null, but checks it when given', async () => {
    expect(await reasons({ villageId: UUID })).toEqual({});
    expect(await reasons({ villageId: UUID, gridId: null })).toEqual({});
    expect(await reasons({ villageId: UUID, gridId: 'g' })).toEqual({ gridId: ['必须是有效的编号'] });
  });

  it('checks each id of a list, before the size checks above it', async () => {
    expect(await reasons({ villageId: UUID, householdIds: [UUID, UUID] })).toEqual({});
    expect(await reasons({ villageId: UUID, householdIds: ['a', UUID, UUID] })).toEqual({
      householdIds: ['必须是有效的编号', '最多 2 个'],
    });
  });
});
