export * from './incentives.module';

export const INCENTIVES_ENTITIES = [];
