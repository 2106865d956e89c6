import { CheckCircleOutlined, EditOutlined } from '@ant-design/icons';
import { Tag } from 'antd';

/** Draft or published, in words and with an icon (colour is never the only cue). */
export function RuleStatusTag({ status }: { status: string }) {
  return status === 'PUBLISHED' ? (
    <Tag color="green" icon={<CheckCircleOutlined />}>
      已发布
    </Tag>
  ) : (
    <Tag color="blue" icon={<EditOutlined />}>
      草稿
    </Tag>
  );
}
