import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated, todayInChina } from '@village/platform-common';
import type { ObjectionEntity } from '../objection.entity';
import type { NoticeView } from '../public-notice.service';
import { ObjectionStatus } from '../tally-enums';
import { ScoreTallyType } from './score-tally.type';
import { periodLabel } from '../../periods/scoring-period.service';

@ObjectType('PublicNotice', { description: '积分公示' })
export class PublicNoticeType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  periodId: string;

  @Field({ description: '期间名称，如「2026 年第 1 季度」' })
  periodLabel: string;

  @Field({ description: '公示开始日' })
  startsOn: string;

  @Field({ description: '公示截止日（含当天，异议须在此前提出）' })
  endsOn: string;

  @Field({ description: '公示期内（今天可提出异议）' })
  open: boolean;

  @Field(() => Int, { description: '未答复的异议数' })
  openObjections: number;

  @Field()
  postedAt: Date;

  @Field(() => ScoreTallyType, { description: '公示的核算结果' })
  tally: ScoreTallyType;

  static from(view: NoticeView): PublicNoticeType {
    const today = todayInChina();
    return Object.assign(new PublicNoticeType(), {
      id: view.notice.id,
      periodId: view.period.id,
      periodLabel: periodLabel(view.period),
      startsOn: view.notice.startsOn,
      endsOn: view.notice.endsOn,
      open: view.notice.startsOn <= today && today <= view.notice.endsOn && view.period.status === 'NOTICE',
      openObjections: view.openObjections,
      postedAt: view.notice.postedAt,
      tally: ScoreTallyType.from(view.tally, view.lines),
    });
  }
}

@ObjectType('Objection', { description: '公示异议' })
export class ObjectionType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  periodId: string;

  @Field(() => ID, { description: '被异议的核算结果版本' })
  tallyId: string;

  @Field(() => ID)
  tallyLineId: string;

  @Field(() => ID, { description: '被异议的村民' })
  subjectResidentId: string;

  @Field(() => ID, { description: '提出异议的村民' })
  objectorResidentId: string;

  @Field()
  reason: string;

  @Field({ description: '提出日期' })
  raisedOn: string;

  @Field({ description: '答复期限' })
  answerDueOn: string;

  @Field({ description: '已超过答复期限仍未答复' })
  overdue: boolean;

  @Field(() => ObjectionStatus)
  status: ObjectionStatus;

  @Field(() => String, { nullable: true, description: '答复' })
  answer: string | null;

  @Field(() => String, { nullable: true })
  answeredOn: string | null;

  @Field({ description: '答复晚于期限' })
  answeredLate: boolean;

  @Field(() => [ID], { description: '更正写入的台账记录' })
  correctionEntryIds: string[];

  @Field(() => ID, { nullable: true, description: '更正后重新核算的版本' })
  retallyId: string | null;

  static from(o: ObjectionEntity): ObjectionType {
    const today = todayInChina();
    return Object.assign(new ObjectionType(), {
      id: o.id,
      periodId: o.periodId,
      tallyId: o.tallyId,
      tallyLineId: o.tallyLineId,
      subjectResidentId: o.subjectResidentId,
      objectorResidentId: o.objectorResidentId,
      reason: o.reason,
      raisedOn: o.raisedOn,
      answerDueOn: o.answerDueOn,
      overdue: o.status === ObjectionStatus.OPEN && today > o.answerDueOn,
      status: o.status,
      answer: o.answer,
      answeredOn: o.answeredOn,
      answeredLate: o.answeredOn !== null && o.answeredOn > o.answerDueOn,
      correctionEntryIds: o.correctionEntryIds,
      retallyId: o.retallyId,
    });
  }
}

@ObjectType('ObjectionPage')
export class ObjectionPage extends Paginated(ObjectionType) {}
