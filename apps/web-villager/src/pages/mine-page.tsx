import { Button, Card, Dialog, List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, useSession } from '@village/web';
import { graphql } from '@village/web/graphql';
import { SUBJECT_LABELS } from '../app/labels';
import { useMyVillage } from '../app/my-village';
import { ElderModeSwitch } from '../components/elder-mode-switch';
import { PageHeader } from '../components/page-header';
import { MyContractsCard } from './my-contracts-card';
import { QueryState } from '../components/query-state';

const MineDocument = graphql(`
  query VillagerMine {
    myResident {
      id
      name
      birthDate
      idNumberMasked
      phone
      status
      isActive
      household {
        id
        code
        address
        headName
        headResidentId
      }
      grid {
        id
        name
        leaderName
      }
      subjectRoles {
        id
        subjectType
        isCurrent
        startDate
        endDate
        probationary
      }
    }
  }
`);

const STATUS: Record<string, string> = {
  ACTIVE: '在村',
  MOVED_OUT: '迁出',
  DECEASED: '已故',
  STUDENT: '在校学生',
};

export default function MinePage() {
  const session = useSession();
  const village = useMyVillage();
  const navigate = useNavigate();
  const [result, refetch] = useQuery({ query: MineDocument });

  async function logout() {
    const ok = await Dialog.confirm({ content: '确定退出登录吗？', confirmText: '退出', cancelText: '取消' });
    if (ok) await session.logout();
  }

  return (
    <>
      <PageHeader title="我的" />
      <QueryState
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        errorTitle="暂时查不到档案"
      >
        {({ myResident: r }) =>
          r ? (
            <Card title={`${r.name}（${village?.name ?? ''}）`} className="card-gap">
              <dl className="facts">
                <dt>身份证号</dt>
                <dd>{r.idNumberMasked}</dd>
                <dt>出生日期</dt>
                <dd>{formatDate(r.birthDate)}</dd>
                <dt>电话</dt>
                <dd>{r.phone ?? '未登记'}</dd>
                <dt>状态</dt>
                <dd>{STATUS[r.status] ?? r.status}</dd>
                <dt>户号</dt>
                <dd>{r.household?.code ?? '未登记户籍'}</dd>
                {r.household && (
                  <>
                    <dt>户主</dt>
                    <dd>
                      {r.household.headName ?? '未设置'}
                      {r.household.headResidentId === r.id ? '（本人）' : ''}
                    </dd>
                    <dt>住址</dt>
                    <dd>{r.household.address ?? '—'}</dd>
                  </>
                )}
                <dt>网格</dt>
                <dd>
                  {r.grid ? `${r.grid.name}${r.grid.leaderName ? `，网格长 ${r.grid.leaderName}` : ''}` : '—'}
                </dd>
                <dt>身份</dt>
                <dd>
                  {r.subjectRoles
                    .filter((s) => s.isCurrent)
                    .map(
                      (s) =>
                        `${SUBJECT_LABELS[s.subjectType] ?? s.subjectType}${s.probationary ? '（预备）' : ''}`,
                    )
                    .join('、') || '—'}
                </dd>
              </dl>
            </Card>
          ) : (
            <p className="muted">您的账号还没有关联村民档案，请联系村委会。</p>
          )
        }
      </QueryState>
      <MyContractsCard />
      <List header="积分兑换">
        <List.Item onClick={() => navigate('/points')}>我的可兑换积分</List.Item>
        <List.Item onClick={() => navigate('/redeem')}>积分兑换</List.Item>
        <List.Item onClick={() => navigate('/redemptions')}>我的兑换（取货码）</List.Item>
      </List>
      <List header="志愿服务">
        <List.Item onClick={() => navigate('/check-in')}>活动签到</List.Item>
      </List>
      <List header="荣誉与帮扶">
        <List.Item onClick={() => navigate('/honours')}>我的荣誉</List.Item>
        <List.Item onClick={() => navigate('/mentoring')}>我收到的帮扶</List.Item>
      </List>
      <List header="更多">
        <List.Item onClick={() => navigate('/declarations')}>我的申报</List.Item>
        <List.Item onClick={() => navigate('/objections')}>我的异议</List.Item>
        <List.Item onClick={() => navigate('/appraisal')}>民主评议（为党员、村民代表评分）</List.Item>
        <List.Item onClick={() => navigate('/password')}>修改密码</List.Item>
      </List>
      <ElderModeSwitch />
      <div style={{ marginTop: 24 }}>
        <Button block color="danger" fill="outline" size="large" onClick={() => void logout()}>
          退出登录
        </Button>
      </div>
      <p className="muted" style={{ textAlign: 'center' }}>
        账号：{session.me?.username}
      </p>
    </>
  );
}
