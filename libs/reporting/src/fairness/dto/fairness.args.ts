import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { VillageYearArgs } from '../../common/village-year.args';
import { DashboardPeriodKind } from '../../dashboards/dto/dashboard.types';

/** `(villageId, year, periodKind, periodNumber)`: as the dashboard's period, for one village. */
@ArgsType()
export class FairnessArgs extends VillageYearArgs {
  @Field(() => DashboardPeriodKind, { defaultValue: DashboardPeriodKind.YEAR })
  @IsIn(Object.values(DashboardPeriodKind), { message: '应为 MONTH、QUARTER 或 YEAR' })
  periodKind: DashboardPeriodKind;

  @Field(() => Int, { defaultValue: 1, description: '月份 1–12、季度 1–4；年度为 1' })
  @IsInt({ message: '应为整数' })
  @Min(1, { message: '月份 1–12、季度 1–4、年度为 1' })
  @Max(12, { message: '月份 1–12、季度 1–4、年度为 1' })
  periodNumber: number;
}
