import { Card, Descriptions, Space, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, formatDateTime, useSession } from '@village/web';
import { graphql } from '@village/web/graphql';
import { DetailPage, DetailSections, SummaryCard } from '../../components/detail-page';
import { QueryView } from '../../components/query-view';
import {
  GENDER_LABELS,
  RESIDENT_STATUS_COLOURS,
  RESIDENT_STATUS_LABELS,
  type ResidentStatusValue,
} from './people-labels';
import { ChangeStatusButton, CreateLoginButton, EditResidentButton } from './resident-actions';
import { ResidentRolesPanel } from './resident-roles-panel';
import { ResidentHonoursCard } from '../incentives/resident-honours-card';

const ResidentDetailDocument = graphql(`
  query PeopleResidentDetail($id: ID!) {
    resident(id: $id) {
      id
      villageId
      name
      gender
      birthDate
      idNumberMasked
      phone
      status
      hasLogin
      createdAt
      gridId
      householdId
      relationToHead
      grid {
        id
        name
      }
      household {
        id
        code
        address
        headName
      }
      subjectRoles {
        id
        subjectType
        startDate
        endDate
        endReason
        isCurrent
        probationary
        termEnd
      }
    }
    residentStatusChanges(residentId: $id) {
      id
      fromStatus
      toStatus
      reason
      changedAt
    }
  }
`);

const statusTag = (s: ResidentStatusValue) => (
  <Tag color={RESIDENT_STATUS_COLOURS[s]}>{RESIDENT_STATUS_LABELS[s]}</Tag>
);

/** One resident: particulars, subject roles (add / end), honours and the history of their status. */
export default function ResidentDetailPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const manage = session.can('RESIDENT_MANAGE');
  const [result, refetch] = useQuery({ query: ResidentDetailDocument, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <DetailPage listPath="/people/residents" listTitle="村民名册" title="村民详情">
      <QueryView result={result} retry={reload}>
        {({ resident, residentStatusChanges }) => (
          <DetailSections>
            <SummaryCard
              heading={resident.name}
              tags={statusTag(resident.status)}
              extra={
                manage && (
                  <Space wrap>
                    <EditResidentButton resident={resident} onDone={reload} />
                    <ChangeStatusButton resident={resident} onDone={reload} />
                    {!resident.hasLogin && <CreateLoginButton resident={resident} onDone={reload} />}
                  </Space>
                )
              }
            >
              <Descriptions.Item label="性别">{GENDER_LABELS[resident.gender]}</Descriptions.Item>
              <Descriptions.Item label="出生日期">{formatDate(resident.birthDate)}</Descriptions.Item>
              <Descriptions.Item label="身份证号">{resident.idNumberMasked}</Descriptions.Item>
              <Descriptions.Item label="联系电话">{resident.phone ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="所属户">
                {resident.household
                  ? `${resident.household.code}${resident.household.headName ? '（户主 ' + resident.household.headName + '）' : ''}`
                  : '未入户'}
              </Descriptions.Item>
              <Descriptions.Item label="所属网格">{resident.grid?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="登录账号">
                {resident.hasLogin ? '已开通' : '未开通'}
              </Descriptions.Item>
              <Descriptions.Item label="登记时间">{formatDateTime(resident.createdAt)}</Descriptions.Item>
            </SummaryCard>
            <ResidentRolesPanel
              residentId={resident.id}
              roles={resident.subjectRoles}
              manage={manage}
              onChanged={reload}
            />
            <ResidentHonoursCard residentId={resident.id} />
            <Card title="状态变更记录">
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={residentStatusChanges}
                locale={{ emptyText: '状态从未变更过' }}
                columns={[
                  { title: '变更时间', dataIndex: 'changedAt', render: formatDateTime },
                  { title: '原状态', dataIndex: 'fromStatus', render: statusTag },
                  { title: '新状态', dataIndex: 'toStatus', render: statusTag },
                  { title: '原因', dataIndex: 'reason' },
                ]}
              />
            </Card>
          </DetailSections>
        )}
      </QueryView>
    </DetailPage>
  );
}
