import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IdField, PageArgs } from '@village/platform-common';

const YEAR_MESSAGE = { message: '年度应为 2000–2100 之间的整数' };

// Both previews name the draft and the year alike; the people's page also pages (PageArgs), and a
// class extends only one base, so the three fields are decorated by these in each.
const ManualIdField = () =>
  IdField({ nullable: true, description: '预览的镇操作手册草稿（与 frameworkId 二选一）' });
const FrameworkIdField = () =>
  IdField({ nullable: true, description: '预览的区评分框架草稿（与 manualId 二选一）' });
const PreviewYearField = () =>
  applyDecorators(
    Field(() => Int, {
      nullable: true,
      description: '按哪一年度的台账预览（默认草稿的年度，下一年度的草稿为今年）',
    }),
    IsOptional(),
    IsInt(YEAR_MESSAGE),
    Min(2000, YEAR_MESSAGE),
    Max(2100, YEAR_MESSAGE),
  );

/** Which draft to preview, and over which year's ledger. */
@ArgsType()
export class DraftPreviewArgs {
  @ManualIdField()
  manualId?: string | null;

  @FrameworkIdField()
  frameworkId?: string | null;

  @PreviewYearField()
  year?: number | null;
}

/** One village's people under the draft, a page at a time. */
@ArgsType()
export class DraftPreviewPeopleArgs extends PageArgs {
  @ManualIdField()
  manualId?: string | null;

  @FrameworkIdField()
  frameworkId?: string | null;

  @PreviewYearField()
  year?: number | null;

  @IdField({ description: '草稿所涉及的一个村' })
  villageId: string;

  @Field(() => Boolean, { defaultValue: false, description: '只列出积分、等次或星级有变化的人' })
  @IsOptional()
  @IsBoolean({ message: '必须是 true 或 false' })
  onlyChanged = false;
}
