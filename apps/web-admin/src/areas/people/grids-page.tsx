import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Table } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime, useSession } from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { VillageCodeField } from './village-code-field';
import { FormModal } from '../../components/form-modal';
import { QueryView } from '../../components/query-view';
import { PersonInChargeLink, PersonInChargeModal } from './person-in-charge';
import { ResidentSelect } from './resident-select';
import { VillageScoped } from './village-scope';

const GridsDocument = graphql(`
  query PeopleGrids($villageId: ID!) {
    grids(villageId: $villageId) {
      id
      code
      name
      leaderName
      leaderResidentId
      createdAt
    }
  }
`);
const CreateGridDocument = graphql(`
  mutation PeopleCreateGrid($input: CreateGridInput!) {
    createGrid(input: $input) {
      id
    }
  }
`);
const SetLeaderDocument = graphql(`
  mutation PeopleSetGridLeader($input: SetGridLeaderInput!) {
    setGridLeader(input: $input) {
      id
      leaderName
    }
  }
`);

interface GridRow {
  id: string;
  name: string;
  leaderName: string | null;
  leaderResidentId: string | null;
}

function Grids({ villageId, manage }: { villageId: string; manage: boolean }) {
  const [result, refetch] = useQuery({ query: GridsDocument, variables: { villageId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [creating, setCreating] = useState(false);
  const [leading, setLeading] = useState<GridRow | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [createForm] = Form.useForm<{ code: string; name: string }>();
  const [leaderForm] = Form.useForm<{ residentId: string }>();
  const [createState, createGrid] = useMutation(CreateGridDocument);
  const [leaderState, setLeader] = useMutation(SetLeaderDocument);

  async function create(values: { code: string; name: string }) {
    const r = await createGrid({ input: { villageId, code: values.code.trim(), name: values.name.trim() } });
    if (r.error) return setProblem(applyApiError(createForm, r.error));
    setCreating(false);
    createForm.resetFields();
    reload();
  }
  async function saveLeader(values: { residentId: string }) {
    if (!leading) return;
    const r = await setLeader({ input: { gridId: leading.id, residentId: values.residentId } });
    if (r.error) return setProblem(applyApiError(leaderForm, r.error));
    setLeading(null);
    leaderForm.resetFields();
    reload();
  }

  return (
    <>
      {manage && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          style={{ marginBottom: 16 }}
          onClick={() => {
            setProblem(null);
            setCreating(true);
          }}
        >
          新建网格
        </Button>
      )}
      <QueryView
        result={result}
        retry={reload}
        isEmpty={(d) => d.grids.length === 0}
        empty="本村尚未划分网格"
      >
        {(data) => (
          <Table
            rowKey="id"
            dataSource={data.grids}
            pagination={false}
            columns={[
              { title: '编码', dataIndex: 'code' },
              { title: '名称', dataIndex: 'name' },
              {
                title: '网格长',
                render: (_, g) => <PersonInChargeLink residentId={g.leaderResidentId} name={g.leaderName} />,
              },
              { title: '创建时间', dataIndex: 'createdAt', render: formatDateTime },
              ...(manage
                ? [
                    {
                      title: '操作',
                      render: (_: unknown, g: GridRow) => (
                        <Button
                          size="small"
                          onClick={() => {
                            setProblem(null);
                            setLeading(g);
                          }}
                        >
                          设置网格长
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
        title="新建网格"
        open={creating}
        okText="新建"
        busy={createState.fetching}
        form={createForm}
        onFinish={create}
        onCancel={() => setCreating(false)}
        problem={problem}
      >
        <VillageCodeField label="网格编码" example="G5" />
        <Form.Item
          label="网格名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请输入网格名称' },
            { max: 64, message: '最多 64 字' },
          ]}
        >
          <Input placeholder="如 第五网格" />
        </Form.Item>
      </FormModal>
      <PersonInChargeModal
        title={leading?.name ?? null}
        role="网格长"
        current={leading?.leaderName}
        rule="网格长须为本村在村村民。"
        busy={leaderState.fetching}
        form={leaderForm}
        onFinish={saveLeader}
        onCancel={() => setLeading(null)}
        problem={problem}
      >
        <ResidentSelect villageId={villageId} />
      </PersonInChargeModal>
    </>
  );
}

/** 网格: the village's grids and their leaders (网格长). */
export default function GridsPage() {
  const session = useSession();
  return (
    <VillageScoped title="网格与网格长">
      {(villageId) => <Grids villageId={villageId} manage={session.can('RESIDENT_MANAGE')} />}
    </VillageScoped>
  );
}
