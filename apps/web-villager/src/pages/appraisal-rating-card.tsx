import { Button, Card, Input, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { useMutation } from 'urql';
import { apiErrorCode, apiErrorMessage } from '@village/web';
import { graphql } from '@village/web/graphql';
import { SUBJECT_LABELS } from '../app/labels';

const RateAppraisalDocument = graphql(`
  mutation VillagerRateAppraisal($input: RateAppraisalInput!) {
    rateAppraisal(input: $input) {
      id
      rating
      raterKind
    }
  }
`);

/**
 * The API does not tell a resident whom they have rated (ratings are visible to auditors only), so this
 * phone remembers its own ratings; a second rating from another phone is refused by the API, and
 * the refusal marks it here too.
 */
const ratedKey = (year: number, residentId: string, subjectType: string) =>
  `village-appraisal-rated:${year}:${residentId}:${subjectType}`;

export function RatingCard({
  year,
  residentId,
  name,
  subjectType,
}: {
  year: number;
  residentId: string;
  name: string;
  subjectType: string;
}) {
  const key = ratedKey(year, residentId, subjectType);
  const [rated, setRated] = useState<string | null>(() => localStorage.getItem(key));
  const [rating, setRating] = useState(90);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [state, rate] = useMutation(RateAppraisalDocument);
  const label = SUBJECT_LABELS[subjectType] ?? subjectType;

  function remember(text: string) {
    localStorage.setItem(key, text);
    setRated(text);
  }

  async function submit() {
    setProblem(null);
    if (!Number.isInteger(rating) || rating < 0 || rating > 100) {
      setProblem('评分必须是 0 到 100 之间的整数');
      return;
    }
    const result = await rate({
      input: {
        year,
        rateeResidentId: residentId,
        subjectType: subjectType as 'PARTY_MEMBER',
        rating,
        comment: comment.trim() || null,
      },
    });
    if (result.error) {
      if (apiErrorCode(result.error) === 'CONFLICT') remember('已评议');
      setProblem(apiErrorMessage(result.error));
      return;
    }
    remember(`已评 ${rating} 分`);
  }

  return (
    <Card className="card-gap" title={`${name}（${label}）`}>
      {rated ? (
        <p>
          <strong>✓ {rated}</strong>，每人只能评一次。
        </p>
      ) : (
        <>
          <label htmlFor={`rate-${residentId}-${subjectType}`}>评分（0–100 分）</label>
          <input
            id={`rate-${residentId}-${subjectType}`}
            className="native-input"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={rating}
            onChange={(e) => setRating(e.target.value === '' ? 0 : Math.round(Number(e.target.value)))}
            style={{ margin: '8px 0', maxWidth: '10em' }}
          />
          <Input
            placeholder="意见（可不填）"
            value={comment}
            onChange={setComment}
            maxLength={200}
            aria-label="意见"
          />
          {problem && (
            <div role="alert" style={{ margin: '8px 0' }}>
              <NoticeBar content={problem} color="error" wrap />
            </div>
          )}
          <Button
            color="primary"
            loading={state.fetching}
            onClick={() => void submit()}
            style={{ marginTop: 8 }}
          >
            提交评分
          </Button>
        </>
      )}
    </Card>
  );
}
