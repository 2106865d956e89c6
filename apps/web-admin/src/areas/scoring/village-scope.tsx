import { Select, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { beijingToday, useSession } from '@village/web';
import { graphql } from '@village/web/graphql';

const ScoringVillageOptionsDocument = graphql(`
  query ScoringVillageOptions($search: String) {
    villages(limit: 50, search: $search) {
      items {
        id
        name
      }
    }
  }
`);

/** The current year in China, the year a scoring screen opens on. */
export function currentYear(): number {
  return Number(beijingToday().slice(0, 4));
}

/**
 * Which village a scoring screen works on. A village cadre works on their own village (the unit of
 * their village role); a district or town user (an auditor, say) picks one, kept in the address
 * (`?village=`) so a link or a reload opens the same village.
 */
export function useVillageScope(): {
  villageId: string | null;
  villageName: string | null;
  picker: ReactNode;
} {
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const own = me?.roles.find((r) => r.orgUnit.level === 'VILLAGE')?.orgUnit ?? null;
  const [search, setSearch] = useState('');
  const [options] = useQuery({
    query: ScoringVillageOptionsDocument,
    variables: { search: search || null },
    pause: Boolean(own),
  });
  if (own) {
    return {
      villageId: own.id,
      villageName: own.name,
      picker: <Typography.Text type="secondary">村：{own.name}</Typography.Text>,
    };
  }
  const chosen = params.get('village');
  const villages = options.data?.villages.items ?? [];
  const picker = (
    <Space>
      <label htmlFor="scoring-village-picker">村</label>
      <Select
        id="scoring-village-picker"
        showSearch
        filterOption={false}
        onSearch={setSearch}
        placeholder="选择村"
        style={{ minWidth: 220 }}
        loading={options.fetching}
        value={chosen ?? undefined}
        notFoundContent={options.fetching ? '加载中…' : '没有找到村'}
        options={villages.map((v) => ({ value: v.id, label: v.name }))}
        onChange={(id: string) => {
          const next = new URLSearchParams(params);
          next.set('village', id);
          setParams(next, { replace: true });
        }}
      />
    </Space>
  );
  return {
    villageId: chosen,
    villageName: villages.find((v) => v.id === chosen)?.name ?? null,
    picker,
  };
}
