import { Button, Card } from 'antd-mobile';
import { formatPoints, formatPointsChange } from '@village/web';
import { GRADE_LABELS, RANK_GROUP_LABELS, SUBJECT_LABELS } from '../app/labels';
import { useShowMore } from '../components/show-more';
import type { NoticeLine } from './notice-documents';

const STARS = ['', '一星', '二星', '三星', '四星', '五星'];

function LineFacts({ line }: { line: NoticeLine }) {
  const e = line.evaluation;
  return (
    <div className="muted">
      信用积分 {formatPoints(line.creditScore)}（本期 {formatPointsChange(line.periodCreditPoints)}）
      {line.roleDutyScore !== null && (
        <>
          ，角色职责积分 {formatPoints(line.roleDutyScore)}
          {line.periodRoleDutyPoints !== null && `（本期 ${formatPointsChange(line.periodRoleDutyPoints)}）`}
        </>
      )}
      {line.subjectTypes.length > 0 && (
        <>，身份：{line.subjectTypes.map((t) => SUBJECT_LABELS[t] ?? t).join('、')}</>
      )}
      {line.probationary && '（预备党员）'}
      {line.vetoed && '，有一票否决事项'}
      {e?.stars ? `，${STARS[e.stars]}` : ''}
      {e?.partyMember?.grade && `，党员评定：${GRADE_LABELS[e.partyMember.grade]}`}
      {e?.representative?.grade && `，村民代表评定：${GRADE_LABELS[e.representative.grade]}`}
    </div>
  );
}

export function NoticeLineCard({
  line,
  mine,
  canObject,
  onObject,
}: {
  line: NoticeLine;
  mine: boolean;
  canObject: boolean;
  onObject: (line: NoticeLine) => void;
}) {
  return (
    <Card
      className={mine ? 'card-gap mine-line' : 'card-gap'}
      aria-label={`${mine ? '我的一行：' : ''}第 ${line.rank} 名 ${line.residentName}`}
    >
      <div className="row">
        <strong>
          第 {line.rank} 名 {line.residentName}
          {mine && <span className="mine-mark">（我）</span>}
        </strong>
        {canObject && (
          <Button
            size="small"
            fill="outline"
            onClick={() => onObject(line)}
            aria-label={`对${line.residentName}提出异议`}
          >
            提出异议
          </Button>
        )}
      </div>
      <LineFacts line={line} />
    </Card>
  );
}

/** One ranking group (党员和村民代表 are ranked on their own), a page at a time. */
export function RankGroup({
  group,
  lines,
  myResidentId,
  canObject,
  onObject,
}: {
  group: string;
  lines: NoticeLine[];
  myResidentId: string | null;
  canObject: boolean;
  onObject: (line: NoticeLine) => void;
}) {
  const { visible, more } = useShowMore(lines, 30);
  return (
    <section aria-label={`${RANK_GROUP_LABELS[group] ?? group}排名`}>
      <h2 className="section-title">
        {RANK_GROUP_LABELS[group] ?? group}排名（{lines.length} 人）
      </h2>
      {visible.map((l) => (
        <NoticeLineCard
          key={l.id}
          line={l}
          mine={l.residentId === myResidentId}
          canObject={canObject}
          onObject={onObject}
        />
      ))}
      {more}
    </section>
  );
}
