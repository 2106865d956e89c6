import { Alert, App, Button, Input, Modal, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrorMessage, formatDate, formatPointsChange } from '@village/web';
import type { ResultOf, VariablesOf } from '@village/web';
import { graphql } from '@village/web/graphql';
import { confirmIrreversible } from '../../../components/confirm-irreversible';
import { usePaging } from '../../../components/paging';
import { PagedQueryTable } from '../../../components/paged-query-table';
import { CORRECTION_KIND_LABELS, CORRECTION_STATUS_LABELS } from '../scoring-labels';
import { useVillageScope } from '../village-scope';

const ScoringCorrectionsDocument = graphql(`
  query ScoringCorrections($villageId: ID!, $status: LedgerCorrectionStatus, $limit: Int!, $offset: Int!) {
    ledgerCorrections(villageId: $villageId, status: $status, limit: $limit, offset: $offset) {
      total
      items {
        id
        kind
        status
        points
        reason
        rejectionReason
        proposedOn
        decidedOn
        entryId
        subjectResidentId
        retallyId
      }
    }
  }
`);

const ScoringConfirmCorrectionDocument = graphql(`
  mutation ScoringConfirmCorrection($id: ID!) {
    confirmLedgerCorrection(id: $id) {
      id
      status
    }
  }
`);

const ScoringRejectCorrectionDocument = graphql(`
  mutation ScoringRejectCorrection($id: ID!, $reason: String!) {
    rejectLedgerCorrection(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

type Row = ResultOf<typeof ScoringCorrectionsDocument>['ledgerCorrections']['items'][number];
const COLOURS: Record<string, string> = { PROPOSED: 'gold', CONFIRMED: 'green', REJECTED: 'default' };

/**
 * Ledger corrections, four eyes: one reviewer proposes (from a resident's ledger), another confirms
 * or rejects here. The API refuses the proposer, the resident and their household.
 */
export default function LedgerCorrectionsPage() {
  const { modal, message } = App.useApp();
  const scope = useVillageScope();
  const paging = usePaging(20);
  const [status, setStatus] = useState<string>('PROPOSED');
  const [failure, setFailure] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<Row | null>(null);
  const [reason, setReason] = useState('');
  const [result, refetch] = useQuery({
    query: ScoringCorrectionsDocument,
    variables: {
      villageId: scope.villageId ?? '',
      status: status === 'ALL' ? null : (status as VariablesOf<typeof ScoringCorrectionsDocument>['status']),
      ...paging.variables,
    },
    pause: !scope.villageId,
  });
  const [, confirm] = useMutation(ScoringConfirmCorrectionDocument);
  const [rejectState, reject] = useMutation(ScoringRejectCorrectionDocument);
  const onConfirm = async (row: Row) => {
    const ok = await confirmIrreversible(modal, {
      title: '确认这条更正？',
      consequence: '确认后更正记入积分台账（台账只增不改），公示中的季度将重新核算并重新公示。',
      okText: '确认更正',
    });
    if (!ok) return;
    const answer = await confirm({ id: row.id });
    if (answer.error) setFailure(apiErrorMessage(answer.error));
    else message.success('已确认并记入台账');
  };
  return (
    <>
      <Typography.Title level={3}>台账更正</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        {scope.picker}
        <Segmented
          value={status}
          onChange={(v) => {
            setStatus(String(v));
            paging.reset();
          }}
          options={[
            ...Object.entries(CORRECTION_STATUS_LABELS).map(([value, label]) => ({ value, label })),
            { value: 'ALL', label: '全部' },
          ]}
        />
      </Space>
      <Typography.Paragraph type="secondary">
        在“村民积分明细”的台账记录中提出更正；须由另一名审核人员在此确认。
      </Typography.Paragraph>
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={failure}
          closable
          onClose={() => setFailure(null)}
          style={{ marginBottom: 12 }}
        />
      )}
      {scope.villageId && (
        <PagedQueryTable
          result={result}
          retry={() => refetch({ requestPolicy: 'network-only' })}
          page={(d) => d.ledgerCorrections}
          empty="没有符合条件的更正"
          paging={paging}
          columns={[
            { title: '提出日期', render: (_, r) => formatDate(r.proposedOn) },
            { title: '方式', render: (_, r) => CORRECTION_KIND_LABELS[r.kind] },
            {
              title: '分值',
              render: (_, r) => (r.points === null ? '撤销原记录' : formatPointsChange(r.points)),
            },
            { title: '理由', dataIndex: 'reason' },
            {
              title: '状态',
              render: (_, r) => <Tag color={COLOURS[r.status]}>{CORRECTION_STATUS_LABELS[r.status]}</Tag>,
            },
            {
              title: '处理',
              render: (_, r) =>
                r.status === 'PROPOSED' ? '' : `${formatDate(r.decidedOn)} ${r.rejectionReason ?? ''}`,
            },
            {
              title: '操作',
              render: (_, r) =>
                r.status === 'PROPOSED' && (
                  <Space>
                    <Button size="small" type="primary" onClick={() => onConfirm(r)}>
                      确认
                    </Button>
                    <Button size="small" danger onClick={() => setRejecting(r)}>
                      驳回
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      )}
      <Modal
        open={rejecting !== null}
        title="驳回更正"
        okText="驳回"
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        confirmLoading={rejectState.fetching}
        onCancel={() => setRejecting(null)}
        onOk={async () => {
          if (!rejecting) return;
          const answer = await reject({ id: rejecting.id, reason: reason.trim() });
          if (answer.error) setFailure(apiErrorMessage(answer.error));
          else message.success('已驳回');
          setRejecting(null);
          setReason('');
        }}
      >
        <label htmlFor="correction-reject-reason">驳回理由（必填）</label>
        <Input.TextArea
          id="correction-reject-reason"
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={450}
        />
      </Modal>
    </>
  );
}
