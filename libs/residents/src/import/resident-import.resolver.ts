import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@village/platform-common';
import { Ctx, RequestContext } from '@village/platform-tenancy';
import { ImportResidentsInput } from './dto/import-residents.input';
import { ImportReportType } from './dto/import-report.type';
import { ResidentImportService } from './resident-import.service';

@Resolver()
export class ResidentImportResolver {
  constructor(private readonly imports: ResidentImportService) {}

  @Mutation(() => ImportReportType, {
    description: '从 CSV 或 XLSX 批量导入村民（逐行报告；任一行有误则全部不导入；按户号自动建户）',
  })
  @Allow(Permission.RESIDENT_MANAGE)
  importResidents(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ImportResidentsInput,
  ): Promise<ImportReportType> {
    return this.imports.import(ctx, input);
  }
}
