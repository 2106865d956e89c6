import { Button, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime, useSession } from '@village/web';
import { graphql } from '@village/web/graphql';
import { useMyUnits } from '../../components/my-units';
import { usePaging } from '../../components/paging';
import { QueryView } from '../../components/query-view';
import { CreateUnitCard, RenameUnitModal } from '../district/towns-page';

const VillagesQuery = graphql(`
  query TownVillages($townId: ID, $search: String, $limit: Int!, $offset: Int!) {
    villages(townId: $townId, search: $search, limit: $limit, offset: $offset) {
      total
      items {
        id
        code
        name
        createdAt
      }
    }
  }
`);

const CreateVillageMutation = graphql(`
  mutation TownCreateVillage($input: CreateVillageInput!) {
    createVillage(input: $input) {
      id
    }
  }
`);

/** The town's villages: find by name or code, create, rename. */
export default function VillagesPage() {
  const session = useSession();
  const town = useMyUnits('TOWN')[0];
  const paging = usePaging();
  const [search, setSearch] = useState('');
  const [result, refetch] = useQuery({
    query: VillagesQuery,
    variables: { townId: town?.id, search: search || undefined, ...paging.variables },
  });
  const [created, createVillage] = useMutation(CreateVillageMutation);
  const [renaming, setRenaming] = useState<{ id: string; code: string; name: string } | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <>
      <Typography.Title level={3}>村</Typography.Title>
      {town && session.can('VILLAGE_CREATE') && (
        <CreateUnitCard
          title={`在${town.name}新建村`}
          saving={created.fetching}
          onCreate={async (values) => {
            const outcome = await createVillage({ input: { ...values, townId: town.id } });
            if (!outcome.error) reload();
            return outcome.error;
          }}
        />
      )}
      <Space style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label="查找村"
          placeholder="按名称或编码查找"
          allowClear
          onSearch={(v) => {
            setSearch(v.trim());
            paging.reset();
          }}
          style={{ width: 280 }}
        />
      </Space>
      <QueryView result={result} retry={reload} isEmpty={(d) => d.villages.total === 0} empty="没有找到村">
        {(data) => (
          <Table
            rowKey="id"
            dataSource={data.villages.items}
            pagination={paging.pagination(data.villages.total)}
            columns={[
              { title: '编码', dataIndex: 'code' },
              { title: '名称', dataIndex: 'name' },
              { title: '创建时间', dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
              {
                title: '操作',
                key: 'actions',
                render: (_, v) =>
                  session.can('ORG_UPDATE') && (
                    <Button size="small" onClick={() => setRenaming(v)}>
                      更名
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </QueryView>
      <RenameUnitModal
        unit={renaming}
        onClose={(renamed) => {
          setRenaming(null);
          if (renamed) reload();
        }}
      />
    </>
  );
}
