import { Button, ErrorBlock, Result } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { beijingYear, useMyVillage } from '../app/my-village';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { ScreenShortcut, WithoutVillage } from '../components/village-screen';
import { DeclareActDocument, DeclareItemsDocument } from './declare-documents';
import { DeclareForm } from './declare-form';

export default function DeclarePage() {
  const village = useMyVillage();
  const navigate = useNavigate();
  const [result, refetch] = useQuery({
    query: DeclareItemsDocument,
    variables: { villageId: village?.id ?? '', year: beijingYear() },
    pause: !village,
  });
  const [, declareAct] = useMutation(DeclareActDocument);
  const [done, setDone] = useState(false);

  const header = (
    <PageHeader title="申报积分" right={<ScreenShortcut to="/declarations">我的申报</ScreenShortcut>} />
  );
  if (!village) return <WithoutVillage header={header} reason="您的账号不属于任何村，不能申报" />;
  if (done) {
    return (
      <>
        {header}
        <Result
          status="success"
          title="已提交，等待审核"
          description="村信用议事会审核后，您会在“消息”里收到结果。"
        />
        <div className="tap-row" style={{ justifyContent: 'center' }}>
          <Button color="primary" onClick={() => navigate('/declarations')}>
            查看我的申报
          </Button>
          <Button onClick={() => setDone(false)}>再申报一件</Button>
        </div>
      </>
    );
  }
  return (
    <>
      {header}
      <QueryState
        result={result}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        errorTitle="暂时打不开申报"
      >
        {(data) => {
          if (!data.villageScoringList)
            return (
              <ErrorBlock
                status="empty"
                title="暂时还不能申报"
                description="村里今年的积分评价清单还没有经村民代表大会通过。通过以后，就可以在这里申报。"
              />
            );
          if (!data.myResident)
            return (
              <ErrorBlock
                status="empty"
                title="您的账号还没有关联村民档案"
                description="请联系村委会关联后再申报。"
              />
            );
          return (
            <DeclareForm
              items={data.villageScoringList.items}
              resident={data.myResident}
              members={data.myHouseholdMembers}
              declare={async (input) => (await declareAct({ input })).error}
              onDeclared={() => setDone(true)}
            />
          );
        }}
      </QueryState>
    </>
  );
}
