import { Button, Form, Input, NoticeBar, TextArea } from 'antd-mobile';
import { ChoiceList } from './choice-list';
import { useMemo, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { apiErrorCode, beijingToday, fileToEvidence, formatPoints, newIdempotencyKey } from '@village/web';
import type { DeclareActInput, DeclareItemsData } from './declare-documents';
import { applyApiError } from '../components/apply-api-error';
import { DateInput, ItemChooser } from './item-chooser';
import { itemsForMe, pointsAsked, type DeclarableItem } from './item-rule';
import { PhotoPicker, type PickedPhoto } from './photo-picker';

export interface DeclareValues {
  itemCode?: string;
  quantity?: string;
  actedOn: string;
  note?: string;
  photos?: PickedPhoto[];
  /** Scored to a family member (an item that allows it): who, and what they are to the declarant. */
  beneficiaryResidentId?: string;
  beneficiaryRelation?: string;
}

type Member = DeclareItemsData['myHouseholdMembers'][number];
const SELF = 'SELF';
const RELATION_WORDS: Record<string, string> = {
  SPOUSE: '我的配偶',
  CHILD: '我的子女',
  PARENT: '我的父母',
  OTHER: '其他亲属',
};

type Resident = NonNullable<DeclareItemsData['myResident']>;
/** The beneficiary fields of the input: none for the declarant's own act. */
function beneficiaryOf(
  values: DeclareValues,
): Pick<DeclareActInput, 'beneficiaryResidentId' | 'beneficiaryRelation'> {
  if (!values.beneficiaryResidentId || values.beneficiaryResidentId === SELF) return {};
  return {
    beneficiaryResidentId: values.beneficiaryResidentId,
    beneficiaryRelation: values.beneficiaryRelation as DeclareActInput['beneficiaryRelation'],
  };
}

const FIELDS = {
  itemCode: 'itemCode',
  quantity: 'quantity',
  actedOn: 'actedOn',
  note: 'note',
  evidence: 'photos',
  beneficiaryResidentId: 'beneficiaryResidentId',
  beneficiaryRelation: 'beneficiaryRelation',
};

/** The API has answered (yes or no): the next submission is a new declaration with a new key. */
function apiAnswered(error: CombinedError | null | undefined): boolean {
  if (!error) return true;
  return error.graphQLErrors.length > 0 && apiErrorCode(error) !== 'REQUEST_TIMEOUT';
}

/**
 * 申报: the act, how many, when, a note and photos. The idempotency key is made once per declaration
 * and kept until the API answers, so tapping again after a dropped connection sends the same key and
 * the act is recorded once. A refusal leaves everything as typed, with the reasons on their fields.
 */
export function DeclareForm({
  items,
  resident,
  members = [],
  declare,
  onDeclared,
}: {
  items: DeclarableItem[];
  resident: Resident;
  /** The declarant's household members, for an act that scores a family member. */
  members?: Member[];
  declare: (input: DeclareActInput) => Promise<CombinedError | null | undefined>;
  onDeclared: () => void;
}) {
  const [form] = Form.useForm();
  const today = beijingToday();
  const key = useRef<string>(newIdempotencyKey());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const actedOn: string = Form.useWatch('actedOn', form) ?? today;
  const itemCode: string | undefined = Form.useWatch('itemCode', form);
  const quantityText: string | undefined = Form.useWatch('quantity', form);
  const beneficiaryId: string | undefined = Form.useWatch('beneficiaryResidentId', form);
  const mine = useMemo(
    () => itemsForMe(items, resident, actedOn || today),
    [items, resident, actedOn, today],
  );
  const item = mine.find((i) => i.code === itemCode);
  const quantity = quantityText ? Number(quantityText) : null;
  const estimate = item ? pointsAsked(item, quantity) : null;

  async function submit(values: DeclareValues) {
    const chosen = mine.find((i) => i.code === values.itemCode);
    if (!chosen) return;
    setBusy(true);
    setProblem(null);
    try {
      const evidence = await Promise.all(
        (values.photos ?? []).map((p) => fileToEvidence(p.file, { compress: false })),
      );
      const error = await declare({
        itemCode: chosen.code,
        actedOn: values.actedOn,
        quantity: chosen.quantified ? Number(values.quantity) : null,
        note: values.note?.trim() || null,
        evidence: evidence.length ? evidence : null,
        idempotencyKey: key.current,
        ...beneficiaryOf(values),
      });
      if (apiAnswered(error)) key.current = newIdempotencyKey();
      if (error) {
        setProblem(applyApiError(form, error, FIELDS));
        return;
      }
      form.resetFields();
      onDeclared();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ actedOn: today, photos: [] }}
      onFinish={(v: DeclareValues) => void submit(v)}
      onValuesChange={(changed: Partial<DeclareValues>) => {
        // A different date can change which items apply; a chosen item that no longer applies is cleared.
        if (
          changed.actedOn &&
          itemCode &&
          !itemsForMe(items, resident, changed.actedOn).some((i) => i.code === itemCode)
        )
          form.setFieldValue('itemCode', undefined);
      }}
      footer={
        <>
          {problem && (
            <div role="alert" style={{ marginBottom: 12 }}>
              <NoticeBar content={problem} color="error" wrap />
            </div>
          )}
          <Button block type="submit" color="primary" size="large" loading={busy} loadingText="正在提交">
            提交申报
          </Button>
        </>
      }
    >
      <Form.Item
        name="actedOn"
        label="哪一天做的"
        rules={[
          { required: true, message: '请选择日期' },
          {
            validator: async (_, v?: string) => {
              if (v && v > today) throw new Error('不能选将来的日期');
            },
          },
        ]}
      >
        <DateInput max={today} min={`${today.slice(0, 4)}-01-01`} />
      </Form.Item>
      <Form.Item name="itemCode" label="做了什么事" rules={[{ required: true, message: '请选择申报的事项' }]}>
        {mine.length ? (
          <ItemChooser items={mine} />
        ) : (
          <p className="muted">这一天没有您可以自己申报的事项。扣分事项由村干部登记。</p>
        )}
      </Form.Item>
      {item?.quantified && (
        <Form.Item
          name="quantity"
          label={`数量（${item.unitLabel ?? '单位'}）`}
          rules={[
            { required: true, message: `请填写${item.unitLabel ?? ''}数` },
            {
              validator: async (_, v?: string) => {
                if (v && !(Number(v) > 0)) throw new Error('数量必须大于 0');
              },
            },
          ]}
        >
          <Input type="number" inputMode="decimal" placeholder={`例如 2（${item.unitLabel ?? '单位'}）`} />
        </Form.Item>
      )}
      {item && (
        // A Form.Item without a name: a row of the form's list, indented like the fields around it.
        <Form.Item>
          <span className="muted" aria-live="polite">
            {estimate !== null
              ? `预计 +${formatPoints(estimate)} 分，以审核结果为准`
              : '分值由审核人按实际情况确定'}
          </span>
        </Form.Item>
      )}
      {item?.beneficiaryRelations?.length && members.length ? (
        <>
          <Form.Item name="beneficiaryResidentId" label="这项积分记给谁" initialValue={SELF}>
            <ChoiceList
              name="declare-beneficiary"
              label="这项积分记给谁"
              options={[
                { value: SELF, label: '记给我本人' },
                ...members.map((m) => ({ value: m.id, label: `记给家人 ${m.name}` })),
              ]}
            />
          </Form.Item>
          {beneficiaryId && beneficiaryId !== SELF && (
            <Form.Item
              name="beneficiaryRelation"
              label="这位家人是您的"
              rules={[{ required: true, message: '请选择家人与您的关系' }]}
            >
              <ChoiceList
                name="declare-relation"
                label="这位家人是您的"
                options={item.beneficiaryRelations.map((r) => ({ value: r, label: RELATION_WORDS[r] ?? r }))}
              />
            </Form.Item>
          )}
        </>
      ) : null}
      <Form.Item name="note" label="说明（可不填）" rules={[{ max: 500, message: '说明不能超过 500 个字' }]}>
        <TextArea placeholder="例如：在村文化广场清扫，和谁一起" rows={3} maxLength={500} showCount />
      </Form.Item>
      <Form.Item
        name="photos"
        label={item?.evidenceRequired ? '照片（这项必须有照片或材料）' : '照片（可不拍）'}
        rules={[
          {
            validator: async (_, v?: PickedPhoto[]) => {
              if (item?.evidenceRequired && !(v && v.length)) throw new Error('这项需要拍照或上传佐证材料');
            },
          },
        ]}
      >
        <PhotoPicker />
      </Form.Item>
    </Form>
  );
}
