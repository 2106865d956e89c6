import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, residentsXlsxPath, useSession } from '@village/web';
import { graphql } from '@village/web/graphql';
import { DownloadButton } from '../../components/download-button';
import { usePaging } from '../../components/paging';
import { QueryView } from '../../components/query-view';
import {
  GENDER_LABELS,
  RESIDENT_STATUS_COLOURS,
  RESIDENT_STATUS_LABELS,
  RESIDENT_STATUS_OPTIONS,
  SUBJECT_TYPE_LABELS,
  SUBJECT_TYPE_OPTIONS,
  type ResidentStatusValue,
  type SubjectTypeValue,
} from './people-labels';
import { ResidentCreateDialog } from './resident-create-dialog';
import { useGridChoices } from './village-choices';
import { VillageScoped } from './village-scope';
import { GridFilter } from './grid-filter';

const ResidentsDocument = graphql(`
  query PeopleResidents(
    $villageId: ID!
    $search: String
    $gridId: ID
    $status: ResidentStatus
    $subjectType: SubjectType
    $limit: Int!
    $offset: Int!
  ) {
    residents(
      villageId: $villageId
      search: $search
      gridId: $gridId
      status: $status
      subjectType: $subjectType
      limit: $limit
      offset: $offset
    ) {
      total
      items {
        id
        name
        gender
        birthDate
        idNumberMasked
        phone
        status
        hasLogin
        grid {
          name
        }
        household {
          code
        }
        subjectRoles {
          id
          subjectType
          isCurrent
          probationary
        }
      }
    }
  }
`);

interface Filters {
  search?: string;
  gridId?: string;
  status?: ResidentStatusValue;
  subjectType?: SubjectTypeValue;
}

function ResidentList({ villageId }: { villageId: string }) {
  const [filters, setFilters] = useState<Filters>({});
  const paging = usePaging();
  const grids = useGridChoices(villageId);
  const [result, refetch] = useQuery({
    query: ResidentsDocument,
    variables: {
      villageId,
      search: filters.search || null,
      gridId: filters.gridId ?? null,
      status: filters.status ?? null,
      subjectType: filters.subjectType ?? null,
      ...paging.variables,
    },
  });
  const filter = (next: Partial<Filters>) => {
    paging.reset();
    setFilters((f) => ({ ...f, ...next }));
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }} role="search" aria-label="筛选村民">
        <Input.Search
          aria-label="查找村民"
          placeholder="姓名、电话或完整身份证号"
          allowClear
          style={{ width: 260 }}
          onSearch={(search) => filter({ search: search.trim() })}
        />
        <GridFilter choices={grids.choices} width={160} onChange={(gridId) => filter({ gridId })} />
        <Select
          aria-label="身份"
          placeholder="全部身份"
          allowClear
          style={{ width: 140 }}
          options={SUBJECT_TYPE_OPTIONS}
          onChange={(subjectType?: SubjectTypeValue) => filter({ subjectType })}
        />
        <Select
          aria-label="状态"
          placeholder="全部状态"
          allowClear
          style={{ width: 140 }}
          options={RESIDENT_STATUS_OPTIONS}
          onChange={(status?: ResidentStatusValue) => filter({ status })}
        />
        <Tooltip title="按当前的网格、身份和状态筛选导出（不含查找条件）；不含身份证号和联系电话">
          <span>
            <DownloadButton
              path={residentsXlsxPath(villageId, {
                gridId: filters.gridId,
                status: filters.status,
                subjectType: filters.subjectType,
              })}
              fileName="村民名册.xlsx"
            >
              导出 Excel
            </DownloadButton>
          </span>
        </Tooltip>
      </Space>
      <QueryView result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => (
          <Table
            rowKey="id"
            size="middle"
            loading={result.fetching}
            dataSource={data.residents.items}
            pagination={paging.pagination(data.residents.total)}
            locale={{ emptyText: '没有符合条件的村民。可调整筛选条件，或登记、导入村民。' }}
            columns={[
              {
                title: '姓名',
                dataIndex: 'name',
                render: (name: string, r) => <Link to={`/people/residents/${r.id}`}>{name}</Link>,
              },
              { title: '性别', dataIndex: 'gender', render: (g: 'MALE' | 'FEMALE') => GENDER_LABELS[g] },
              { title: '出生日期', dataIndex: 'birthDate', render: formatDate },
              { title: '身份证号', dataIndex: 'idNumberMasked' },
              { title: '户号', render: (_, r) => r.household?.code ?? '—' },
              { title: '网格', render: (_, r) => r.grid?.name ?? '—' },
              {
                title: '身份',
                render: (_, r) =>
                  r.subjectRoles
                    .filter((role) => role.isCurrent)
                    .map((role) => (
                      <Tag key={role.id}>
                        {role.probationary ? '预备党员' : SUBJECT_TYPE_LABELS[role.subjectType]}
                      </Tag>
                    )),
              },
              {
                title: '状态',
                dataIndex: 'status',
                render: (s: ResidentStatusValue) => (
                  <Tag color={RESIDENT_STATUS_COLOURS[s]}>{RESIDENT_STATUS_LABELS[s]}</Tag>
                ),
              },
              { title: '登录账号', dataIndex: 'hasLogin', render: (v: boolean) => (v ? '已开通' : '未开通') },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}

/** 村民名册: search and filter the village's residents; register one or import a file. */
export default function ResidentsPage() {
  const session = useSession();
  const [creating, setCreating] = useState(false);
  const manage = session.can('RESIDENT_MANAGE');
  return (
    <VillageScoped
      title="村民名册"
      extra={
        manage && (
          <>
            <Link to="/people/import">
              <Button icon={<UploadOutlined />}>批量导入</Button>
            </Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              登记村民
            </Button>
          </>
        )
      }
    >
      {(villageId) => (
        <>
          <ResidentList villageId={villageId} />
          {manage && (
            <ResidentCreateDialog villageId={villageId} open={creating} onClose={() => setCreating(false)} />
          )}
        </>
      )}
    </VillageScoped>
  );
}
