import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Grade } from '../../evaluation/grading';
import type { DistrictRecordEvaluation, SubjectEvaluation } from '../line-evaluation';

@ObjectType('SubjectEvaluation', { description: '党员或村民代表的年度综合得分与等次' })
export class SubjectEvaluationType {
  @Field(() => Float, { description: '角色职责积分（含民主评议）' })
  roleDutyScore: number;

  @Field(() => Float, { description: '综合得分（按权重折算，百分制）' })
  composite: number;

  @Field(() => Grade, { nullable: true, description: '等次；预备党员为空' })
  grade: Grade | null;

  @Field(() => String, { nullable: true, description: '说明（一票否决、超出优秀名额、预备党员等）' })
  note: string | null;

  @Field(() => Float, { nullable: true, description: '同级互评平均分' })
  peerAverage: number | null;

  @Field(() => Float, { nullable: true, description: '群众评议平均分' })
  massAverage: number | null;
}

@ObjectType('DistrictRecordEvaluation', { description: '区级信用档案分与信用等级' })
export class DistrictRecordEvaluationType {
  @Field(() => Float, { description: '区级信用档案分：基础分 + 仍在有效期内、计入区级的记录（可跨年度）' })
  score: number;

  @Field(() => String, { nullable: true, description: '信用等级（如 AAA … D）' })
  letterGrade: string | null;
}

@ObjectType('LineEvaluation', { description: '年度总评结果' })
export class LineEvaluationType {
  @Field(() => SubjectEvaluationType, { nullable: true, description: '党员先锋积分评定' })
  partyMember: SubjectEvaluation | null;

  @Field(() => SubjectEvaluationType, { nullable: true, description: '村民代表模范积分评定' })
  representative: SubjectEvaluation | null;

  @Field(() => SubjectEvaluationType, {
    nullable: true,
    description: '村干部（党支部书记、村委会主任、两委委员、信息员）履职积分评定',
  })
  cadre?: SubjectEvaluation | null;

  @Field(() => Int, { nullable: true, description: '村民星级（1–5）' })
  stars: number | null;

  @Field(() => String, { nullable: true })
  starsNote: string | null;

  @Field(() => DistrictRecordEvaluationType, {
    nullable: true,
    description: '区级信用档案（年末）：区评分框架设有信用等级时才有',
  })
  districtRecord?: DistrictRecordEvaluation;
}
