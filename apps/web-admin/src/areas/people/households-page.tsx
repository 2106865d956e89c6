import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime, useSession } from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { VillageCodeField } from './village-code-field';
import { FormModal } from '../../components/form-modal';
import { usePaging } from '../../components/paging';
import { QueryView } from '../../components/query-view';
import { PersonInChargeLink, PersonInChargeModal } from './person-in-charge';
import { ResidentSelect } from './resident-select';
import { useGridChoices } from './village-choices';
import { VillageScoped } from './village-scope';
import { GridFilter } from './grid-filter';

const HouseholdsDocument = graphql(`
  query PeopleHouseholds($villageId: ID!, $search: String, $gridId: ID, $limit: Int!, $offset: Int!) {
    households(villageId: $villageId, search: $search, gridId: $gridId, limit: $limit, offset: $offset) {
      total
      items {
        id
        code
        address
        gridId
        headName
        headResidentId
        memberCount
        createdAt
      }
    }
  }
`);
const CreateHouseholdDocument = graphql(`
  mutation PeopleCreateHousehold($input: CreateHouseholdInput!) {
    createHousehold(input: $input) {
      id
    }
  }
`);
const SetHeadDocument = graphql(`
  mutation PeopleSetHouseholdHead($input: SetHouseholdHeadInput!) {
    setHouseholdHead(input: $input) {
      id
      headName
    }
  }
`);

interface HouseholdRow {
  id: string;
  code: string;
  headName: string | null;
}

function Households({ villageId, manage }: { villageId: string; manage: boolean }) {
  const [search, setSearch] = useState('');
  const [gridId, setGridId] = useState<string>();
  const paging = usePaging();
  const grids = useGridChoices(villageId);
  const gridName = new Map(grids.choices.map((g) => [g.value, g.label]));
  const [result, refetch] = useQuery({
    query: HouseholdsDocument,
    variables: { villageId, search: search || null, gridId: gridId ?? null, ...paging.variables },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [creating, setCreating] = useState(false);
  const [heading, setHeading] = useState<HouseholdRow | null>(null);
  const [createForm] = Form.useForm<{ code: string; address?: string; gridId?: string }>();
  const [headForm] = Form.useForm<{ residentId: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [createState, createHousehold] = useMutation(CreateHouseholdDocument);
  const [headState, setHead] = useMutation(SetHeadDocument);

  async function create(values: { code: string; address?: string; gridId?: string }) {
    const r = await createHousehold({
      input: {
        villageId,
        code: values.code.trim(),
        address: values.address?.trim() || null,
        gridId: values.gridId ?? null,
      },
    });
    if (r.error) return setProblem(applyApiError(createForm, r.error));
    setCreating(false);
    createForm.resetFields();
    reload();
  }
  async function saveHead(values: { residentId: string }) {
    if (!heading) return;
    const r = await setHead({ input: { householdId: heading.id, residentId: values.residentId } });
    if (r.error) return setProblem(applyApiError(headForm, r.error));
    setHeading(null);
    headForm.resetFields();
    reload();
  }

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label="查找户"
          placeholder="户号或住址"
          allowClear
          style={{ width: 240 }}
          onSearch={(v) => {
            paging.reset();
            setSearch(v.trim());
          }}
        />
        <GridFilter
          choices={grids.choices}
          onChange={(v) => {
            paging.reset();
            setGridId(v);
          }}
        />
        {manage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setProblem(null);
              setCreating(true);
            }}
          >
            新建户
          </Button>
        )}
      </Space>
      <QueryView result={result} retry={reload}>
        {(data) => (
          <Table
            rowKey="id"
            loading={result.fetching}
            dataSource={data.households.items}
            pagination={paging.pagination(data.households.total)}
            locale={{ emptyText: '没有符合条件的户。可新建户，或导入村民时按户号自动建户。' }}
            columns={[
              { title: '户号', dataIndex: 'code' },
              { title: '住址', dataIndex: 'address', render: (v: string | null) => v ?? '—' },
              {
                title: '网格',
                dataIndex: 'gridId',
                render: (v: string | null) => (v ? (gridName.get(v) ?? '—') : '—'),
              },
              {
                title: '户主',
                render: (_, h) => <PersonInChargeLink residentId={h.headResidentId} name={h.headName} />,
              },
              { title: '人数', dataIndex: 'memberCount', render: (v: number | null) => v ?? '—' },
              { title: '建档时间', dataIndex: 'createdAt', render: formatDateTime },
              ...(manage
                ? [
                    {
                      title: '操作',
                      render: (_: unknown, h: HouseholdRow) => (
                        <Button
                          size="small"
                          onClick={() => {
                            setProblem(null);
                            setHeading(h);
                          }}
                        >
                          设置户主
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryView>
      <FormModal
        title="新建户"
        open={creating}
        okText="新建"
        busy={createState.fetching}
        form={createForm}
        onFinish={create}
        onCancel={() => setCreating(false)}
        problem={problem}
      >
        <VillageCodeField label="户号" />
        <Form.Item label="住址" name="address" rules={[{ max: 128, message: '住址最多 128 字' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="所属网格" name="gridId">
          <Select allowClear options={grids.choices} />
        </Form.Item>
      </FormModal>
      <PersonInChargeModal
        title={heading?.code ?? null}
        role="户主"
        current={heading?.headName}
        rule="户主须为本户成员。"
        busy={headState.fetching}
        form={headForm}
        onFinish={saveHead}
        onCancel={() => setHeading(null)}
        problem={problem}
      >
        {heading && (
          <ResidentSelect
            villageId={villageId}
            householdId={heading.id}
            anyStatus
            placeholder="选择本户成员"
          />
        )}
      </PersonInChargeModal>
    </>
  );
}

/** 户: the village's households, new ones, and who heads each. */
export default function HouseholdsPage() {
  const session = useSession();
  return (
    <VillageScoped title="户">
      {(villageId) => <Households villageId={villageId} manage={session.can('RESIDENT_MANAGE')} />}
    </VillageScoped>
  );
}
