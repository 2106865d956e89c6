import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { createValidationPipe, GraphqlExceptionFilter } from '@village/platform-common';
import { DatabaseModule } from '@village/platform-db';
import { TenancyModule } from '@village/platform-tenancy';
import { AuthModule } from '@village/platform-auth';
import { NotificationsModule } from '@village/platform-notifications';
import { ResidentsModule } from '@village/residents';
import { GridsModule } from '@village/grids';
import { RulebookModule } from '@village/rulebook';
import { ScoringModule } from '@village/scoring';
import { GradingModule, YearEndEvaluator } from '@village/grading';
import { ContractsModule } from '@village/contracts';
import { IncentivesModule, IncentivesPeriodFinal } from '@village/incentives';
import { ReportingModule } from '@village/reporting';
import type { AppConfig } from './config/app-config';
import { graphqlOptions } from './graphql/graphql-options';

/** Composition root: platform modules now, the domain modules (contracts, grids, scoring, …) as they land. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource, jwtSecret: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forDataSource(dataSource),
        GraphQLModule.forRoot(graphqlOptions(config)),
        TenancyModule,
        AuthModule.forRoot({ ...config.auth, jwtSecret }),
        NotificationsModule,
        ResidentsModule.forRoot({ piiKey: requirePiiKey(config) }),
        GridsModule,
        RulebookModule,
        ScoringModule.forRoot({
          yearEndEvaluation: YearEndEvaluator,
          evidenceDir: config.evidenceDir,
          periodFinal: IncentivesPeriodFinal,
        }),
        GradingModule,
        ContractsModule,
        IncentivesModule,
        ReportingModule.forRoot({
          signingKey: config.noticeSigningKey,
          tokenSecret: jwtSecret,
          publicRequestsPerMinute: config.publicRequestsPerMinute,
        }),
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }
}

/** main.ts resolves the key (environment or data folder) before building the app; tests pass PII_KEY. */
function requirePiiKey(config: AppConfig): string {
  if (!config.piiKey) throw new Error('PII_KEY is not resolved: start through main.ts or pass PII_KEY');
  return config.piiKey;
}
