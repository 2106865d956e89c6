import { Alert, Select, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { useSession } from '@village/web';
import { graphql } from '@village/web/graphql';

const VillagesDocument = graphql(`
  query PeopleVillageChoices {
    villages(limit: 100) {
      items {
        id
        name
      }
      total
    }
  }
`);

const CHOSEN_KEY = 'admin-people-village';

/**
 * The village a people/contract/programme screen works on. A village cadre works on their own
 * village (the unit of their role); district and town staff, who may read many villages, pick one,
 * and the choice is kept for the browser tab so every screen opens on the same village.
 */
export function VillageScoped({
  title,
  extra,
  children,
}: {
  title: string;
  extra?: ReactNode;
  children: (villageId: string) => ReactNode;
}) {
  const { me } = useSession();
  const own = me?.roles.find((r) => r.orgUnit.level === 'VILLAGE')?.orgUnit ?? null;
  const [chosen, setChosen] = useState<string | null>(() => sessionStorage.getItem(CHOSEN_KEY));
  const [villages] = useQuery({ query: VillagesDocument, pause: Boolean(own) });
  const villageId = own?.id ?? chosen;

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
          {own && (
            <Typography.Text type="secondary" style={{ fontSize: 16, marginLeft: 12 }}>
              {own.name}
            </Typography.Text>
          )}
        </Typography.Title>
        <Space wrap>
          {!own && (
            <Select
              aria-label="选择村"
              placeholder="请选择村"
              style={{ width: 220 }}
              showSearch
              optionFilterProp="label"
              loading={villages.fetching}
              value={chosen ?? undefined}
              options={villages.data?.villages.items.map((v) => ({ value: v.id, label: v.name }))}
              onChange={(id: string) => {
                sessionStorage.setItem(CHOSEN_KEY, id);
                setChosen(id);
              }}
            />
          )}
          {villageId && extra}
        </Space>
      </Space>
      {villageId ? children(villageId) : <Alert type="info" showIcon title="请先在右上方选择要查看的村" />}
    </>
  );
}
