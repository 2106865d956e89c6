import {
  Button,
  Checkbox,
  Col,
  Divider,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';

const ROUNDING_STEPS = [0.01, 0.1, 0.5, 1].map((v) => ({ value: v, label: `${v} 分` }));
const ROUNDING_MODES = [
  { value: 'DOWN', label: '舍去（向下取整）' },
  { value: 'NEAREST', label: '四舍五入' },
];
const MILESTONE_SPANS = [
  { value: 'YEAR', label: '本年度累计' },
  { value: 'ALL', label: '历年累计' },
];
const CAP_MODES = [
  { value: 'REFUSE', label: '不予受理' },
  { value: 'CLAMP', label: '计至上限为止' },
];

/**
 * The richer rules of a real catalogue (DOMAIN.md §13): levels, a band table keyed by the declared
 * amount, rounding, a per-act maximum and a cap shared by a named group. Part of the item form.
 */
export function PointRuleFields() {
  return (
    <>
      <Divider titlePlacement="start" plain>
        计分规则（按需填写）
      </Divider>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label="分值档次" name="pointLevels" extra="审核只能选其一，如 10、20、40、50；回车分隔">
            <Select
              mode="tags"
              tokenSeparators={[',', '、', ' ']}
              open={false}
              placeholder="不分档次可不填"
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="取整单位" name="roundingStep">
            <Select allowClear options={ROUNDING_STEPS} placeholder="0.01 分" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="取整方式" name="roundingMode">
            <Select allowClear options={ROUNDING_MODES} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong>按数量（金额）分档</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        每档填下限（含）、上限（不含，最高一档可空）和固定分值或每单位分值之一，如捐款 500–5000 元每元 0.0025
        分。
      </Typography.Paragraph>
      <Form.List name="amountBands">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap aria-label={`第 ${index + 1} 档`}>
                <Form.Item
                  name={[field.name, 'from']}
                  label="下限"
                  rules={[{ required: true, message: '请填写下限' }]}
                >
                  <InputNumber min={0} style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'to']} label="上限">
                  <InputNumber min={0} style={{ width: 110 }} placeholder="不封顶" />
                </Form.Item>
                <Form.Item name={[field.name, 'points']} label="固定分值">
                  <InputNumber min={0} style={{ width: 100 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'perUnit']} label="每单位分值">
                  <InputNumber min={0} step={0.01} style={{ width: 110 }} />
                </Form.Item>
                <Button type="link" danger onClick={() => remove(field.name)}>
                  删除此档
                </Button>
              </Space>
            ))}
            <Form.Item>
              <Button onClick={() => add({ from: null, to: null, points: null, perUnit: null })}>
                添加一档
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label="单次最多计分" name="perActMax">
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="共享上限的事项组" name="capGroup" extra="同组事项合计计算上限，如 DONATE">
            <Input placeholder="不共享可不填" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="超出上限时" name="capMode">
            <Select options={CAP_MODES} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="capByHousehold"
        valuePropName="checked"
        extra="每月、每季度、每年上限按全户成员的分值合计"
      >
        <Checkbox>上限按户合计</Checkbox>
      </Form.Item>
      <Typography.Text strong>累计奖励（如志愿服务累计 10 / 20 / 50 小时）</Typography.Text>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            label="累计事项"
            name="milestoneSources"
            extra="累计哪些事项的数量，填事项编码；本事项由系统自动计分"
          >
            <Select
              mode="tags"
              tokenSeparators={[',', '、', ' ']}
              open={false}
              placeholder="不是累计奖励可不填"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="累计范围" name="milestoneSpan">
            <Select allowClear options={MILESTONE_SPANS} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="milestones">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap aria-label={`第 ${index + 1} 个门槛`}>
                <Form.Item
                  name={[field.name, 'threshold']}
                  label="累计门槛"
                  rules={[{ required: true, message: '请填写门槛' }]}
                >
                  <InputNumber min={0} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'points']}
                  label="计分"
                  rules={[{ required: true, message: '请填写分值' }]}
                >
                  <InputNumber min={0} style={{ width: 100 }} />
                </Form.Item>
                <Button type="link" danger onClick={() => remove(field.name)}>
                  删除此门槛
                </Button>
              </Space>
            ))}
            <Form.Item>
              <Button onClick={() => add({ threshold: null, points: null })}>添加门槛</Button>
            </Form.Item>
          </>
        )}
      </Form.List>
    </>
  );
}
