import { Alert, Button, Card, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { formatDateTime, useSession } from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../components/api-form';
import { useMyUnits } from '../../components/my-units';
import { usePaging } from '../../components/paging';
import { QueryView } from '../../components/query-view';

const TownsQuery = graphql(`
  query DistrictTowns($districtId: ID, $limit: Int!, $offset: Int!) {
    towns(districtId: $districtId, limit: $limit, offset: $offset) {
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

const CreateTownMutation = graphql(`
  mutation DistrictCreateTown($input: CreateTownInput!) {
    createTown(input: $input) {
      id
      name
    }
  }
`);

export const RenameOrgUnitMutation = graphql(`
  mutation DistrictRenameOrgUnit($input: RenameOrgUnitInput!) {
    renameOrgUnit(input: $input) {
      id
      name
    }
  }
`);

interface UnitRow {
  id: string;
  code: string;
  name: string;
}

/** A dialog asking for a unit's new name; the old one goes to the audit log (the API's doing). */
export function RenameUnitModal({
  unit,
  onClose,
}: {
  unit: UnitRow | null;
  onClose: (renamed: boolean) => void;
}) {
  const [form] = Form.useForm<{ name: string }>();
  const [result, rename] = useMutation(RenameOrgUnitMutation);
  const [error, setError] = useState<string | null>(null);
  async function save() {
    const values = await form.validateFields().catch(() => null);
    if (!values || !unit) return;
    const outcome = await rename({ input: { id: unit.id, name: values.name } });
    if (outcome.error) return setError(applyApiError(form, outcome.error));
    setError(null);
    onClose(true);
  }
  return (
    <Modal
      open={unit !== null}
      title={`更名：${unit?.name ?? ''}`}
      okText="保存"
      cancelText="取消"
      onOk={save}
      confirmLoading={result.fetching}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form
        name="rename-unit"
        form={form}
        layout="vertical"
        initialValues={{ name: unit?.name }}
        preserve={false}
      >
        <Form.Item
          label="新名称"
          name="name"
          rules={[{ required: true, message: '请输入新名称' }]}
          extra="原名称记入审计日志"
        >
          <Input maxLength={64} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A form to create a unit (town or village) with its code and Chinese name. */
export function CreateUnitCard({
  title,
  saving,
  onCreate,
}: {
  title: string;
  saving: boolean;
  onCreate: (values: { code: string; name: string }) => Promise<CombinedError | undefined>;
}) {
  const [form] = Form.useForm<{ code: string; name: string }>();
  const [error, setError] = useState<string | null>(null);
  async function submit(values: { code: string; name: string }) {
    const failure = await onCreate(values);
    setError(applyApiError(form, failure));
    if (!failure) form.resetFields();
  }
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }}>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form
        name="create-unit"
        form={form}
        layout="inline"
        onFinish={submit}
        initialValues={{ code: '', name: '' }}
      >
        <Form.Item label="编码" name="code" rules={[{ required: true, message: '请输入编码' }]}>
          <Input placeholder="行政区划代码" maxLength={32} />
        </Form.Item>
        <Form.Item label="名称" name="name" rules={[{ required: true, message: '请输入名称' }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          新建
        </Button>
      </Form>
    </Card>
  );
}

/** The district's towns: list, create, rename. */
export default function TownsPage() {
  const session = useSession();
  const district = useMyUnits('DISTRICT')[0];
  const paging = usePaging();
  const [result, refetch] = useQuery({
    query: TownsQuery,
    variables: { districtId: district?.id, ...paging.variables },
  });
  const [created, createTown] = useMutation(CreateTownMutation);
  const [renaming, setRenaming] = useState<UnitRow | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <>
      <Typography.Title level={3}>镇（街道）</Typography.Title>
      {district && session.can('TOWN_CREATE') && (
        <CreateUnitCard
          title={`在${district.name}新建镇（街道）`}
          saving={created.fetching}
          onCreate={async (values) => {
            const outcome = await createTown({ input: { ...values, districtId: district.id } });
            if (!outcome.error) reload();
            return outcome.error;
          }}
        />
      )}
      <QueryView
        result={result}
        retry={reload}
        isEmpty={(d) => d.towns.total === 0}
        empty="还没有镇（街道），请在上方新建"
      >
        {(data) => (
          <Table<UnitRow & { createdAt: string }>
            rowKey="id"
            dataSource={data.towns.items}
            pagination={paging.pagination(data.towns.total)}
            columns={[
              { title: '编码', dataIndex: 'code' },
              { title: '名称', dataIndex: 'name' },
              { title: '创建时间', dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
              {
                title: '操作',
                key: 'actions',
                render: (_, town) =>
                  session.can('ORG_UPDATE') && (
                    <Space>
                      <Button size="small" onClick={() => setRenaming(town)}>
                        更名
                      </Button>
                    </Space>
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
