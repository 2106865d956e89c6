import { Button, Result } from 'antd-mobile';
import { useState } from 'react';
import { useMutation } from 'urql';
import { apiErrorMessage } from '@village/web';
import { graphql } from '@village/web/graphql';
import { PageHeader } from '../components/page-header';

const CheckInDocument = graphql(`
  mutation VillagerCheckInVolunteer($code: String!) {
    checkInVolunteer(code: $code) {
      activityTitle
      hours
    }
  }
`);

/**
 * 活动签到: type the six digits the organiser shows at the activity. Only during the activity and only
 * for one's own village; checking in twice is harmless. The hours are submitted for review when the
 * organiser closes the activity.
 */
export default function CheckInPage() {
  const [code, setCode] = useState('');
  const [state, checkIn] = useMutation(CheckInDocument);
  const done = state.data?.checkInVolunteer;
  return (
    <>
      <PageHeader title="志愿服务签到" back="/me" />
      {done ? (
        <Result
          status="success"
          title="签到成功"
          description={`「${done.activityTitle}」，计 ${done.hours} 小时。活动结束后由组织者提交审核。`}
        />
      ) : (
        <div className="card-gap">
          <label htmlFor="check-in-code" style={{ fontSize: '1.2rem' }}>
            签到码（组织者出示的 6 位数字）
          </label>
          {/* A plain input: large digits, the phone's number pad, a real label for screen readers. */}
          <input
            id="check-in-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
            style={{
              display: 'block',
              width: '100%',
              boxSizing: 'border-box',
              fontSize: '2rem',
              letterSpacing: '0.4em',
              textAlign: 'center',
              padding: '12px 8px',
              margin: '16px 0',
              border: '1px solid #ccc',
              borderRadius: 8,
            }}
          />
          {state.error && (
            <p role="alert" style={{ color: 'var(--adm-color-danger)' }}>
              {apiErrorMessage(state.error)}
            </p>
          )}
          <Button
            block
            color="primary"
            size="large"
            loading={state.fetching}
            disabled={code.length !== 6}
            onClick={() => void checkIn({ code })}
          >
            签到
          </Button>
        </div>
      )}
    </>
  );
}
