import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  beijingToday,
  fileToEvidence,
  newIdempotencyKey,
  type BeneficiaryRelation,
  type EvidenceUpload,
} from '@village/web';
import { graphql } from '@village/web/graphql';
import { applyApiError } from '../../../components/api-form';
import { BENEFICIARY_RELATION_LABELS } from '../../../components/rulebook-labels';
import { QueryView } from '../../../components/query-view';
import { ResidentPicker } from '../resident-picker';
import { describePointsRule } from '../scoring-labels';
import { currentYear, useVillageScope } from '../village-scope';

const ScoringRegisterItemsDocument = graphql(`
  query ScoringRegisterItems($villageId: ID!, $year: Int) {
    villageScoringList(villageId: $villageId, year: $year) {
      id
      version
      items {
        code
        name
        direction
        pointsMin
        pointsMax
        perUnitPoints
        quantified
        rule
        milestones {
          threshold
        }
        unitLabel
        evidenceRequired
        description
        beneficiaryRelations
      }
    }
  }
`);

const ScoringRegisterActDocument = graphql(`
  mutation ScoringRegisterAct($input: RegisterActInput!) {
    registerAct(input: $input) {
      id
      status
      residentName
    }
  }
`);

interface RegisterValues {
  residentId: string;
  itemCode: string;
  actedOn: string;
  quantity?: number | null;
  note?: string;
  beneficiaryResidentId?: string | null;
  beneficiaryRelation?: BeneficiaryRelation | null;
}

/**
 * A cadre registers an act for a resident (also deductions), from the village's adopted list. The
 * idempotency key stays the same until the API answers, so a retry on a weak network registers once.
 */
export default function RegisterActPage() {
  const { message } = App.useApp();
  const scope = useVillageScope();
  const [form] = Form.useForm<RegisterValues>();
  const itemCode = Form.useWatch('itemCode', form);
  const key = useRef(newIdempotencyKey());
  const [files, setFiles] = useState<EvidenceUpload[]>([]);
  // A new file input after each registration, so the picker does not still show the last act's files.
  const [fileInput, setFileInput] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [list] = useQuery({
    query: ScoringRegisterItemsDocument,
    variables: { villageId: scope.villageId ?? '', year: currentYear() },
    pause: !scope.villageId,
  });
  const [sending, register] = useMutation(ScoringRegisterActDocument);
  // Milestone items score themselves when a total is reached (milestones.ts); nobody registers them.
  const items = (list.data?.villageScoringList?.items ?? []).filter((i) => !i.milestones?.length);
  const item = items.find((i) => i.code === itemCode);

  const submit = async (v: RegisterValues) => {
    setFailure(null);
    const result = await register({
      input: {
        residentId: v.residentId,
        itemCode: v.itemCode,
        actedOn: v.actedOn,
        quantity: v.quantity ?? null,
        note: v.note?.trim() || null,
        beneficiaryResidentId: v.beneficiaryResidentId || null,
        beneficiaryRelation: v.beneficiaryResidentId ? (v.beneficiaryRelation ?? null) : null,
        evidence: files.length ? files : null,
        idempotencyKey: key.current,
      },
    });
    if (result.error) {
      // A network failure keeps the key (the retry is the same act); a refusal by the API does too.
      setFailure(applyApiError(form, result.error));
      return;
    }
    message.success(`已为${result.data?.registerAct.residentName ?? '村民'}登记，待审核`);
    key.current = newIdempotencyKey();
    form.resetFields(['itemCode', 'quantity', 'note', 'beneficiaryResidentId', 'beneficiaryRelation']);
    setFiles([]);
    setFileInput((n) => n + 1);
  };

  return (
    <>
      <Typography.Title level={3}>代为登记</Typography.Title>
      <div style={{ marginBottom: 16 }}>{scope.picker}</div>
      {scope.villageId && (
        <QueryView
          result={list}
          isEmpty={(d) => !d.villageScoringList}
          empty="本年度尚未通过积分评价清单，暂不能登记"
        >
          {() => (
            <Card style={{ maxWidth: 720 }}>
              {failure && (
                <Alert type="error" showIcon role="alert" message={failure} style={{ marginBottom: 12 }} />
              )}
              <Form<RegisterValues>
                form={form}
                layout="vertical"
                initialValues={{ actedOn: beijingToday() }}
                onFinish={submit}
              >
                <Form.Item
                  name="residentId"
                  label={item?.beneficiaryRelations?.length ? '行为人' : '村民'}
                  rules={[{ required: true, message: '请选择村民' }]}
                >
                  <ResidentPicker
                    villageId={scope.villageId as string}
                    value={form.getFieldValue('residentId') ?? null}
                    onChange={(id) => form.setFieldValue('residentId', id)}
                  />
                </Form.Item>
                <Form.Item
                  name="itemCode"
                  label="事项"
                  rules={[{ required: true, message: '请选择事项' }]}
                  extra={
                    item &&
                    `${item.rule}${item.evidenceRequired ? '；须上传佐证材料' : ''}${item.description ? `；${item.description}` : ''}`
                  }
                >
                  <Select
                    showSearch
                    optionFilterProp="label"
                    placeholder="从本村清单中选择"
                    options={items.map((i) => ({
                      value: i.code,
                      label: `${i.code} ${i.name}（${describePointsRule(i)}）`,
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name="actedOn"
                  label="发生日期"
                  rules={[{ required: true, message: '请填写发生日期' }]}
                >
                  <Input type="date" max={beijingToday()} style={{ width: 200 }} />
                </Form.Item>
                {item?.quantified && (
                  <Form.Item
                    name="quantity"
                    label={`数量（${item.unitLabel ?? '单位'}）`}
                    rules={[{ required: true, message: '请填写数量' }]}
                  >
                    <InputNumber min={0} step={0.5} />
                  </Form.Item>
                )}
                {item?.beneficiaryRelations?.length ? (
                  <>
                    <Form.Item
                      name="beneficiaryResidentId"
                      label="计给亲属（不填则计给行为人本人）"
                      extra="按户籍登记核对亲属关系；关系不符将被拒绝"
                    >
                      <ResidentPicker
                        villageId={scope.villageId as string}
                        value={form.getFieldValue('beneficiaryResidentId') ?? null}
                        onChange={(id) => form.setFieldValue('beneficiaryResidentId', id)}
                      />
                    </Form.Item>
                    <Form.Item name="beneficiaryRelation" label="亲属是行为人的">
                      <Select
                        allowClear
                        style={{ width: 200 }}
                        options={item.beneficiaryRelations.map((r) => ({
                          value: r,
                          label: BENEFICIARY_RELATION_LABELS[r],
                        }))}
                      />
                    </Form.Item>
                  </>
                ) : null}
                <Form.Item name="note" label="说明">
                  <Input.TextArea rows={3} maxLength={450} showCount />
                </Form.Item>
                <Form.Item label="佐证材料（照片或 PDF）">
                  <input
                    key={fileInput}
                    type="file"
                    multiple
                    accept="image/*,application/pdf"
                    aria-label="选择佐证材料"
                    onChange={async (e) =>
                      setFiles(
                        await Promise.all(Array.from(e.target.files ?? []).map((f) => fileToEvidence(f))),
                      )
                    }
                  />
                  {files.length > 0 && (
                    <div>
                      已选 {files.length} 个文件：{files.map((f) => f.fileName).join('、')}
                    </div>
                  )}
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={sending.fetching}>
                  登记
                </Button>
              </Form>
            </Card>
          )}
        </QueryView>
      )}
    </>
  );
}
