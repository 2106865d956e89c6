import { Button, Col, Divider, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { BENEFICIARY_RELATION_LABELS, optionsOf } from './rulebook-labels';

const RELATIONS = optionsOf(BENEFICIARY_RELATION_LABELS);
const GRADES = [
  { value: 'QUALIFIED', label: '最高合格' },
  { value: 'BASIC', label: '最高基本合格' },
  { value: 'UNQUALIFIED', label: '不合格' },
];
const STARS = [0, 1, 2, 3, 4].map((n) => ({ value: n, label: `最高 ${n} 星` }));
const RECORD_LEVELS = [
  { value: 'BOTH', label: '村级积分和区级信用档案' },
  { value: 'VILLAGE', label: '只计入村级积分' },
  { value: 'DISTRICT', label: '只计入区级信用档案' },
];

/**
 * Who and what an act scores (DOMAIN.md §13): every household member, a relative instead of the actor,
 * one act under one of several items, repeats across a kind, validity by the size of the points, a
 * direct judgement with its credit repair, and which record it counts in. Part of the item form.
 */
export function ActRuleFields() {
  return (
    <>
      <Divider titlePlacement="start" plain>
        计分对象与认定（按需填写）
      </Divider>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            label="每位家庭成员都计分"
            name="householdMembers"
            valuePropName="checked"
            extra="须先勾选「按户计分」；每季度每户一次"
          >
            <Switch />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item label="可计给行为人的亲属" name="beneficiaryRelations" extra="如子女参军计给父母">
            <Select mode="multiple" allowClear options={RELATIONS} placeholder="只计行为人本人可不填" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="事项种类" name="kind" extra="同种类事项在有效期内再次发生按重复倍数计">
            <Input placeholder="如 LITTER，可不填" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="不叠加的事项组" name="alternativeGroup" extra="同一行为只按组内最高一项计分">
            <Input placeholder="如 BRAVE，可不填" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="按分值确定有效期" extra="如 5 分及以下 12 个月、其余 24 个月；填写后代替上面的有效期">
        <Form.List name="validityRules">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap aria-label={`第 ${index + 1} 条有效期`}>
                  <Form.Item name={[field.name, 'maxPoints']} label="分值不超过">
                    <InputNumber min={0} style={{ width: 110 }} placeholder="其余" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'months']}
                    label="有效月数"
                    rules={[{ required: true, message: '请填写月数' }]}
                  >
                    <InputNumber min={1} max={120} style={{ width: 100 }} />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(field.name)}>
                    删除
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add({ maxPoints: null, months: null })}>添加一条</Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item label="直接认定等次" name="judgementGrade">
            <Select allowClear options={GRADES} placeholder="不认定" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="直接认定星级" name="judgementStars">
            <Select allowClear options={STARS} placeholder="不认定" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="信用修复后扣分" name="repairPoints" extra="不填：不可修复">
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="计入" name="recordLevel">
            <Select options={RECORD_LEVELS} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
