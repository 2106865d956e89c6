import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { IdField } from '@village/platform-common';
import { OrgLevel } from '@village/platform-tenancy';
import type { Dashboard, DashboardRow, DashboardValue } from '../dashboard.service';
import { FIGURES, type FigureDefinition } from '../figure-definitions';

export enum DashboardPeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(DashboardPeriodKind, { name: 'DashboardPeriodKind', description: '看板的期间：月、季、年' });

@ObjectType('DashboardFigure', {
  description: `看板上的一项指标及其口径。各级数值均为所辖各村基础数之和；比率为分子之和 ÷ 分母之和。指标：${FIGURES.map((f) => `${f.label}（${f.key}）= ${f.howComputed}`).join('；')}`,
})
export class DashboardFigureType {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field({ description: '单位：人、件、%、分、元、个' })
  unit: string;

  @Field({ description: '分组' })
  group: string;

  @Field({ description: '口径：如何计算' })
  howComputed: string;

  static from(def: FigureDefinition): DashboardFigureType {
    return Object.assign(new DashboardFigureType(), {
      key: def.key,
      label: def.label,
      unit: def.unit,
      group: def.group,
      howComputed: def.howComputed,
    });
  }
}

@ObjectType('DashboardValue', { description: '一项指标的本期值与上年同期值（无可比数据时为空）' })
export class DashboardValueType {
  @Field()
  key: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Float, { nullable: true, description: '上年同期' })
  previous: number | null;

  static from(v: DashboardValue): DashboardValueType {
    return Object.assign(new DashboardValueType(), v);
  }
}

@ObjectType('DashboardRow', { description: '看板的一行：一个下级单位（或合计）' })
export class DashboardRowType {
  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field(() => [DashboardValueType])
  values: DashboardValueType[];

  static from(r: DashboardRow): DashboardRowType {
    return Object.assign(new DashboardRowType(), { ...r, values: r.values.map(DashboardValueType.from) });
  }
}

@ObjectType('Dashboard', { description: '区比较各镇、镇比较各村、村看本村：数据来自汇总表' })
export class DashboardType {
  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field(() => OrgLevel)
  level: OrgLevel;

  @Field(() => OrgLevel, { description: '各行的层级（区：镇；镇：村；村：本村）' })
  childLevel: OrgLevel;

  @Field(() => [DashboardRowType])
  rows: DashboardRowType[];

  @Field(() => DashboardRowType)
  total: DashboardRowType;

  @Field(() => Date, { nullable: true, description: '汇总数据最近计算时间' })
  computedAt: Date | null;

  static from(d: Dashboard): DashboardType {
    return Object.assign(new DashboardType(), {
      unitId: d.unit.id,
      unitName: d.unit.name,
      level: d.unit.level,
      childLevel: d.childLevel,
      rows: d.rows.map(DashboardRowType.from),
      total: DashboardRowType.from(d.total),
      computedAt: d.computedAt,
    });
  }
}

const YEAR = { message: '年度应为 2000–2100 之间的整数' };

@ArgsType()
export class DashboardArgs {
  @IdField({ description: '区、镇或村' })
  unitId: string;

  @Field(() => Int)
  @IsInt(YEAR)
  @Min(2000, YEAR)
  @Max(2100, YEAR)
  year: number;

  @Field(() => DashboardPeriodKind, { defaultValue: DashboardPeriodKind.YEAR })
  @IsIn(Object.values(DashboardPeriodKind), { message: '应为 MONTH、QUARTER 或 YEAR' })
  periodKind: DashboardPeriodKind;

  @Field(() => Int, { defaultValue: 1, description: '月份 1–12、季度 1–4；年度为 1' })
  @IsInt({ message: '应为整数' })
  @Min(1, { message: '月份 1–12、季度 1–4、年度为 1' })
  @Max(12, { message: '月份 1–12、季度 1–4、年度为 1' })
  periodNumber: number;
}
