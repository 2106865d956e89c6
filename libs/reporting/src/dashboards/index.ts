import { FigureWatermarkEntity } from './figure-watermark.entity';
import { VillageFigureEntity } from './village-figure.entity';

export { DashboardService } from './dashboard.service';
export { FiguresRefreshService } from './figures-refresh.service';
export { FIGURES, figureValue, type FigureDefinition } from './figure-definitions';
export { BASE_FIGURES, YEAR_ONLY } from './base-figures';
export { VillageFigureEntity, FigureWatermarkEntity };

export const DASHBOARD_ENTITIES = [VillageFigureEntity, FigureWatermarkEntity];
