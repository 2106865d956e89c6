export * from './incentives.module';

export const INCENTIVES_ENTITIES = [];
export * from './honours';
export * from './constraints';
