import { Button, Card, Table } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useSession } from '@village/web';
import { SUBJECT_TYPE_LABELS } from '../../components/rulebook-labels';
import { GRADE_LABELS } from '../scoring/scoring-labels';
import { HonourTypeFormModal } from './honour-type-form-modal';
import { HonourTypesDocument, type AdminHonourType } from './honours-documents';

/** The district's honours and who qualifies; the district administrator sets up new ones here. */
export function HonourTypesCard() {
  const { me, can } = useSession();
  const district = me?.roles.find((r) => r.orgUnit.level === 'DISTRICT')?.orgUnit ?? null;
  const [types, refetch] = useQuery({ query: HonourTypesDocument });
  const [creating, setCreating] = useState(false);
  const manage = Boolean(district) && can('HONOUR_MANAGE');

  return (
    <Card
      title="荣誉类型及评选条件"
      extra={
        manage && (
          <Button type="primary" onClick={() => setCreating(true)}>
            新建荣誉类型
          </Button>
        )
      }
    >
      <Table<AdminHonourType>
        rowKey="id"
        size="small"
        loading={types.fetching}
        dataSource={types.data?.honourTypes ?? []}
        pagination={false}
        locale={{ emptyText: manage ? '还没有荣誉类型，请新建' : '区里还没有设立荣誉类型' }}
        columns={[
          { title: '荣誉', dataIndex: 'name' },
          {
            title: '评选对象',
            dataIndex: 'subjectType',
            render: (s: string) => SUBJECT_TYPE_LABELS[s] ?? s,
          },
          {
            title: '最低星级',
            dataIndex: 'minStars',
            render: (s: number | null) => (s === null ? '不限' : `${s} 星`),
          },
          {
            title: '最低等次',
            dataIndex: 'minGrade',
            render: (g: string | null) => (g === null ? '不限' : (GRADE_LABELS[g] ?? g)),
          },
          {
            title: '每村最多推荐',
            dataIndex: 'maxPerVillage',
            render: (n: number | null) => (n === null ? '不限' : `${n} 人`),
          },
        ]}
      />
      {district && manage && (
        <HonourTypeFormModal
          districtId={district.id}
          open={creating}
          onClose={(created) => {
            setCreating(false);
            if (created) refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </Card>
  );
}
