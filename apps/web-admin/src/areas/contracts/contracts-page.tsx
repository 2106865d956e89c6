import { FileAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, beijingToday, formatDate, useSession } from '@village/web';
import { graphql } from '@village/web/graphql';
import { usePaging } from '../../components/paging';
import { QueryView } from '../../components/query-view';
import { ProblemAlert } from '../../components/form-modal';
import { VillageScoped } from '../people/village-scope';
import { ContractCoverage } from './contract-coverage';
import { SignContractDialog, TerminateContractDialog, signerOf, type ContractRef } from './contract-dialogs';
import {
  COLOUR_LABELS,
  COLOUR_OPTIONS,
  COLOUR_TAGS,
  STATUS_LABELS,
  STATUS_OPTIONS,
  STATUS_TAGS,
  type ContractColourValue,
  type ContractStatusValue,
} from './contract-labels';

const ContractsDocument = graphql(`
  query ContractsList(
    $villageId: ID!
    $year: Int
    $colour: ContractColour
    $status: ContractStatus
    $limit: Int!
    $offset: Int!
  ) {
    contracts(
      villageId: $villageId
      year: $year
      colour: $colour
      status: $status
      limit: $limit
      offset: $offset
    ) {
      total
      items {
        id
        villageId
        title
        colour
        status
        year
        residentName
        householdCode
        signedOn
        witnessName
        terminatedOn
      }
    }
  }
`);
const GenerateDocument = graphql(`
  mutation ContractsGenerateDrafts($input: GenerateContractDraftsInput!) {
    generateContractDrafts(input: $input) {
      created
      year
      byColour {
        colour
        count
      }
    }
  }
`);

function Contracts({ villageId, manage }: { villageId: string; manage: boolean }) {
  const { modal, message } = App.useApp();
  const [year, setYear] = useState(Number(beijingToday().slice(0, 4)));
  const [colour, setColour] = useState<ContractColourValue>();
  const [status, setStatus] = useState<ContractStatusValue>();
  const [signing, setSigning] = useState<ContractRef | null>(null);
  const [terminating, setTerminating] = useState<ContractRef | null>(null);
  const [changes, setChanges] = useState(0);
  const [generated, setGenerated] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const paging = usePaging();
  const [result, refetch] = useQuery({
    query: ContractsDocument,
    variables: { villageId, year, colour: colour ?? null, status: status ?? null, ...paging.variables },
  });
  const [genState, generate] = useMutation(GenerateDocument);
  const changed = () => {
    setChanges((n) => n + 1);
    refetch({ requestPolicy: 'network-only' });
  };

  async function generateDrafts() {
    const ok = await new Promise<boolean>((resolve) =>
      modal.confirm({
        title: `生成 ${year} 年度契约草稿`,
        content:
          '按本村当前的党员、村民代表、志愿者、“五老”和户，依据现行契约模板生成待签订的草稿。已生成过的不会重复生成。',
        okText: '生成',
        cancelText: '取消',
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      }),
    );
    if (!ok) return;
    setProblem(null);
    const r = await generate({ input: { villageId, year } });
    if (r.error || !r.data) return setProblem(apiErrorMessage(r.error));
    const d = r.data.generateContractDrafts;
    const detail = d.byColour
      .filter((c) => c.count > 0)
      .map((c) => `${COLOUR_LABELS[c.colour]} ${c.count} 份`);
    setGenerated(
      d.created > 0
        ? `已生成 ${d.year} 年度契约草稿 ${d.created} 份：${detail.join('，')}`
        : `${d.year} 年度没有需要新生成的草稿（应签的都已生成）`,
    );
    message.success('草稿生成完成');
    changed();
  }

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <span>年度</span>
        <InputNumber
          aria-label="年度"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => {
            if (v) {
              paging.reset();
              setYear(v);
            }
          }}
        />
        <Select
          aria-label="颜色"
          placeholder="全部颜色"
          allowClear
          style={{ width: 170 }}
          options={COLOUR_OPTIONS}
          onChange={(v?: ContractColourValue) => {
            paging.reset();
            setColour(v);
          }}
        />
        <Select
          aria-label="契约状态"
          placeholder="全部状态"
          allowClear
          style={{ width: 140 }}
          options={STATUS_OPTIONS}
          onChange={(v?: ContractStatusValue) => {
            paging.reset();
            setStatus(v);
          }}
        />
        {manage && (
          <Button
            type="primary"
            icon={<FileAddOutlined />}
            loading={genState.fetching}
            onClick={generateDrafts}
          >
            生成 {year} 年度草稿
          </Button>
        )}
      </Space>
      {generated && (
        <Alert
          type="success"
          showIcon
          closable
          title={generated}
          style={{ marginBottom: 16 }}
          onClose={() => setGenerated(null)}
        />
      )}
      <ProblemAlert problem={problem} />
      <ContractCoverage villageId={villageId} year={year} refreshKey={changes} />
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => (
          <Table
            rowKey="id"
            loading={result.fetching}
            dataSource={data.contracts.items}
            pagination={paging.pagination(data.contracts.total)}
            locale={{
              emptyText: manage
                ? `没有符合条件的契约。可点击“生成 ${year} 年度草稿”。`
                : '没有符合条件的契约',
            }}
            columns={[
              {
                title: '契约',
                dataIndex: 'title',
                render: (t: string, c) => <Link to={`/contracts/${c.id}`}>{t}</Link>,
              },
              {
                title: '颜色',
                dataIndex: 'colour',
                render: (v: ContractColourValue) => <Tag color={COLOUR_TAGS[v]}>{COLOUR_LABELS[v]}</Tag>,
              },
              { title: '签约人', render: (_, c) => signerOf(c) },
              {
                title: '状态',
                dataIndex: 'status',
                render: (v: ContractStatusValue) => <Tag color={STATUS_TAGS[v]}>{STATUS_LABELS[v]}</Tag>,
              },
              { title: '签订日期', dataIndex: 'signedOn', render: (v: string | null) => formatDate(v) },
              { title: '见证人', dataIndex: 'witnessName', render: (v: string | null) => v ?? '—' },
              { title: '解除日期', dataIndex: 'terminatedOn', render: (v: string | null) => formatDate(v) },
              ...(manage
                ? [
                    {
                      title: '操作',
                      render: (_: unknown, c: ContractRef & { status: ContractStatusValue }) =>
                        c.status === 'DRAFT' ? (
                          <Button size="small" type="primary" onClick={() => setSigning(c)}>
                            登记签订
                          </Button>
                        ) : c.status === 'SIGNED' ? (
                          <Button size="small" danger onClick={() => setTerminating(c)}>
                            解除
                          </Button>
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryView>
      <SignContractDialog
        contract={signing}
        onClose={(done) => {
          setSigning(null);
          if (done) {
            message.success('已登记签订');
            changed();
          }
        }}
      />
      <TerminateContractDialog
        contract={terminating}
        onClose={(done) => {
          setTerminating(null);
          if (done) {
            message.success('契约已解除');
            changed();
          }
        }}
      />
    </>
  );
}

/** 契约: the year's contracts of the village, coverage by colour, drafts, signing and termination. */
export default function ContractsPage() {
  const session = useSession();
  return (
    <VillageScoped title="契约签订">
      {(villageId) => <Contracts villageId={villageId} manage={session.can('CONTRACT_MANAGE')} />}
    </VillageScoped>
  );
}
