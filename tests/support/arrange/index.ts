/**
 * Builders that arrange a test's data through the real services (as a system context) or, where the
 * service is not exported, through the API as the village's own administrator — never by inserting rows.
 * Each test can have a fresh village of its own, so no test depends on what another did.
 */
export * from './accounts';
export * from './contract-templates';
export * from './district';
export * from './items';
export * from './org-units';
export * from './people';
export * from './rulebook';
export * from './scoring';
export * from './scoring-cycle';
export * from './system-context';
export * from './town-manual';
export * from './unique';
export * from './village';
export * from './incentives';
