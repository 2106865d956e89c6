import { Select } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@village/web/graphql';

const ScoringResidentOptionsDocument = graphql(`
  query ScoringResidentOptions($villageId: ID!, $search: String) {
    residents(villageId: $villageId, search: $search, limit: 30) {
      items {
        id
        name
        idNumberMasked
        isActive
      }
    }
  }
`);

/** Finds a resident of the village by name, phone or full ID number, as the residents list does. */
export function ResidentPicker({
  villageId,
  value,
  onChange,
  id,
}: {
  villageId: string;
  value: string | null;
  onChange(residentId: string, name: string): void;
  id?: string;
}) {
  const [search, setSearch] = useState('');
  const [result] = useQuery({
    query: ScoringResidentOptionsDocument,
    variables: { villageId, search: search.trim() || null },
  });
  const items = result.data?.residents.items ?? [];
  return (
    <Select
      id={id}
      showSearch
      filterOption={false}
      onSearch={setSearch}
      placeholder="输入姓名、电话或身份证号查找村民"
      style={{ minWidth: 300 }}
      loading={result.fetching}
      value={value ?? undefined}
      notFoundContent={result.fetching ? '查找中…' : result.error ? '查找失败，请重试' : '没有找到村民'}
      options={items.map((r) => ({
        value: r.id,
        label: `${r.name}（${r.idNumberMasked}）${r.isActive ? '' : ' · 不在村'}`,
      }))}
      onChange={(residentId: string) =>
        onChange(residentId, items.find((r) => r.id === residentId)?.name ?? '')
      }
    />
  );
}
