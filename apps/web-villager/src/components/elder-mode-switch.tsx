import { List, Switch } from 'antd-mobile';
import { useElderMode } from '../app/elder-mode';

export function ElderModeSwitch() {
  const [on, setOn] = useElderMode();
  return (
    <List style={{ marginTop: 16 }}>
      <List.Item
        extra={<Switch checked={on} onChange={setOn} aria-label="长辈版（大字）" />}
        description="字更大、按钮更大，开启后一直保持"
      >
        长辈版（大字）
      </List.Item>
    </List>
  );
}
