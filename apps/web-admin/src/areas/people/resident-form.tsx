import { Form, Input, Radio, Select, type FormInstance } from 'antd';
import {
  GENDER_LABELS,
  HOUSEHOLD_RELATION_CHOICES,
  type GenderValue,
  type HouseholdRelationValue,
} from './people-labels';
import {
  PHONE_MESSAGE,
  PHONE_PATTERN,
  idNumberBirthDate,
  idNumberGender,
  idNumberProblem,
  isCalendarDate,
} from './resident-validation';

export interface ResidentFormValues {
  name: string;
  gender: GenderValue;
  birthDate: string;
  idNumber: string;
  phone?: string;
  householdId?: string;
  relationToHead?: HouseholdRelationValue;
  gridId?: string;
}

export interface Choice {
  value: string;
  label: string;
}

/**
 * The fields of a new resident. The ID number is checked here as the API checks it (format, check
 * character) and against the birth date and gender typed, so a mismatch shows on the field that is
 * wrong; what only the API can know (a number already registered) comes back onto the same fields.
 */
export function ResidentForm({
  form,
  grids,
  households,
  onFinish,
}: {
  form: FormInstance<ResidentFormValues>;
  grids: Choice[];
  households: Choice[];
  onFinish: (values: ResidentFormValues) => void;
}) {
  return (
    <Form<ResidentFormValues> form={form} layout="vertical" onFinish={onFinish} name="resident">
      <Form.Item
        label="姓名"
        name="name"
        rules={[
          { required: true, whitespace: true, message: '请输入姓名' },
          { max: 64, message: '姓名最多 64 字' },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label="性别" name="gender" rules={[{ required: true, message: '请选择性别' }]}>
        <Radio.Group options={Object.entries(GENDER_LABELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item
        label="出生日期"
        name="birthDate"
        extra="格式：YYYY-MM-DD，如 1966-05-07"
        rules={[
          { required: true, message: '请输入出生日期' },
          {
            validator: async (_, value?: string) => {
              if (value && !isCalendarDate(value.trim()))
                throw new Error('出生日期应为 YYYY-MM-DD 格式的真实日期');
            },
          },
        ]}
      >
        <Input placeholder="1966-05-07" autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="身份证号"
        name="idNumber"
        dependencies={['birthDate', 'gender']}
        extra="只加密保存，保存后仅显示前 6 位和后 4 位"
        rules={[
          { required: true, whitespace: true, message: '请输入身份证号' },
          ({ getFieldValue }) => ({
            validator: async (_, raw?: string) => {
              if (!raw?.trim()) return;
              const problem = idNumberProblem(raw);
              if (problem) throw new Error(problem);
              const value = raw.trim().toUpperCase();
              const birthDate = getFieldValue('birthDate')?.trim();
              if (birthDate && isCalendarDate(birthDate) && idNumberBirthDate(value) !== birthDate) {
                throw new Error(`身份证号中的出生日期是 ${idNumberBirthDate(value)}，与填写的出生日期不一致`);
              }
              const gender = getFieldValue('gender') as GenderValue | undefined;
              if (gender && idNumberGender(value) !== gender) {
                throw new Error(
                  `身份证号显示性别为${GENDER_LABELS[idNumberGender(value)]}，与所选性别不一致`,
                );
              }
            },
          }),
        ]}
      >
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item label="联系电话" name="phone" rules={[{ pattern: PHONE_PATTERN, message: PHONE_MESSAGE }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label="所属户" name="householdId">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          options={households}
          placeholder="不填则暂不入户"
        />
      </Form.Item>
      <Form.Item label="与户主关系" name="relationToHead" extra="户主本人不填；用于核对计给亲属的积分">
        <Select allowClear options={HOUSEHOLD_RELATION_CHOICES} placeholder="户主本人或不详" />
      </Form.Item>
      <Form.Item label="所属网格" name="gridId" extra="不填则随户">
        <Select allowClear options={grids} placeholder="不填则随户" />
      </Form.Item>
    </Form>
  );
}
