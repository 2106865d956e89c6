import { useElderMode } from '../app/elder-mode';

/**
 * 长辈版 on or off. A real button with role="switch" (antd-mobile's Switch is a div a keyboard cannot
 * reach), saying 已开启/已关闭 in words beside the knob.
 */
export function ElderModeSwitch() {
  const [on, setOn] = useElderMode();
  return (
    <div className="elder-switch-row">
      <div>
        <div id="elder-mode-label" style={{ fontWeight: 600 }}>
          长辈版（大字）
        </div>
        <div className="muted">字更大、按钮更大，开启后一直保持</div>
      </div>
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-labelledby="elder-mode-label"
        className={on ? 'elder-switch on' : 'elder-switch'}
        onClick={() => setOn(!on)}
      >
        <span className="elder-switch-knob" aria-hidden="true" />
        <span>{on ? '已开启' : '已关闭'}</span>
      </button>
    </div>
  );
}
