import { Module, type DynamicModule } from '@nestjs/common';
import { GridResolver } from './grids/grid.resolver';
import { GridService } from './grids/grid.service';
import { HouseholdResolver } from './households/household.resolver';
import { HouseholdService } from './households/household.service';
import { ResidentImportResolver } from './import/resident-import.resolver';
import { ResidentImportService } from './import/resident-import.service';
import { ResidentLoginResolver } from './login/resident-login.resolver';
import { ResidentLoginService } from './login/resident-login.service';
import { PiiCipher, RESIDENTS_CONFIG, type ResidentsConfig } from './pii/pii-cipher';
import { ResidentResolver } from './residents/resident.resolver';
import { ResidentService } from './residents/resident.service';
import { SubjectRoleResolver } from './subject-roles/subject-role.resolver';
import { SubjectRoleService } from './subject-roles/subject-role.service';

/** Residents, households, grids, subject roles, imports and residents' own logins. */
@Module({})
export class ResidentsModule {
  static forRoot(config: ResidentsConfig): DynamicModule {
    return {
      module: ResidentsModule,
      providers: [
        { provide: RESIDENTS_CONFIG, useValue: config },
        {
          provide: PiiCipher,
          useFactory: (c: ResidentsConfig) => new PiiCipher(c.piiKey),
          inject: [RESIDENTS_CONFIG],
        },
        GridService,
        GridResolver,
        HouseholdService,
        HouseholdResolver,
        ResidentService,
        ResidentResolver,
        SubjectRoleService,
        SubjectRoleResolver,
        ResidentImportService,
        ResidentImportResolver,
        ResidentLoginService,
        ResidentLoginResolver,
      ],
      exports: [ResidentService, PiiCipher],
    };
  }
}
