import { Form, Input } from 'antd';

/**
 * A code unique within the village (a grid's 网格编码, a household's 户号): the same rule the API checks —
 * letters, digits or hyphens, at most 32 — said under the field before anything is sent.
 */
export function VillageCodeField({ label, example }: { label: string; example?: string }) {
  return (
    <Form.Item
      label={label}
      name="code"
      extra={`本村唯一；字母、数字或连字符，最多 32 位${example ? `，如 ${example}` : ''}`}
      rules={[
        { required: true, whitespace: true, message: `请输入${label}` },
        { pattern: /^[A-Za-z0-9-]{1,32}$/, message: `${label}须为字母、数字或连字符，最多 32 位` },
      ]}
    >
      <Input />
    </Form.Item>
  );
}
