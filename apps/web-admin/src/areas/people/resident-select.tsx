import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@village/web/graphql';

const ResidentChoicesDocument = graphql(`
  query PeopleResidentChoices($villageId: ID!, $search: String, $status: ResidentStatus, $householdId: ID) {
    residents(villageId: $villageId, search: $search, status: $status, householdId: $householdId, limit: 30) {
      items {
        id
        name
        idNumberMasked
        grid {
          name
        }
      }
      total
    }
  }
`);

/**
 * Picks a resident of the village by name, phone or ID number, asking the API as the user types
 * (a village has hundreds of people: a list of all of them would be unusable). Residents in the
 * village only, unless `anyStatus` (a witness or head may be anyone registered).
 */
export function ResidentSelect({
  villageId,
  value,
  onChange,
  anyStatus,
  id,
  placeholder = '输入姓名、电话或身份证号查找',
  known,
  householdId,
}: {
  villageId: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
  anyStatus?: boolean;
  id?: string;
  placeholder?: string;
  /** Names of residents already chosen (so a preset value shows a name, not an ID). */
  known?: { id: string; name: string }[];
  /** Only members of this household (a household's head). */
  householdId?: string;
}) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const [result] = useQuery({
    query: ResidentChoicesDocument,
    variables: {
      villageId,
      search: deferred || null,
      status: anyStatus ? null : 'ACTIVE',
      householdId: householdId ?? null,
    },
  });
  const found = result.data?.residents.items ?? [];
  const options = found.map((r) => ({
    value: r.id,
    label: `${r.name}（${r.idNumberMasked.slice(-4)}${r.grid ? ' · ' + r.grid.name : ''}）`,
  }));
  for (const k of known ?? []) {
    if (!options.some((o) => o.value === k.id)) options.push({ value: k.id, label: k.name });
  }
  return (
    <Select
      id={id}
      showSearch
      allowClear
      filterOption={false}
      placeholder={placeholder}
      loading={result.fetching}
      notFoundContent={result.fetching ? '正在查找…' : '没有找到该村民'}
      value={value}
      onSearch={setSearch}
      onChange={(next: string | undefined) => onChange?.(next)}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
