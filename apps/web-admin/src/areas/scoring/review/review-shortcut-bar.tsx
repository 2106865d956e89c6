import { Space, Typography } from 'antd';
import { REVIEW_SHORTCUTS } from './review-keyboard';

/** The queue's keys, always on screen: nobody should have to guess them. */
export function ReviewShortcutBar() {
  return (
    <Typography.Paragraph type="secondary" aria-label="键盘快捷键" style={{ marginBottom: 12 }}>
      <Space wrap size={[16, 4]}>
        <span>键盘操作：</span>
        {REVIEW_SHORTCUTS.map((s) => (
          <span key={s.action}>
            {s.keys.map((k, i) => (
              <span key={k}>
                {i > 0 && ' / '}
                <Typography.Text keyboard>{k}</Typography.Text>
              </span>
            ))}{' '}
            {s.action}
          </span>
        ))}
      </Space>
    </Typography.Paragraph>
  );
}
