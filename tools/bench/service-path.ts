/**
 * The service side of the benchmark, kept behind an interface so seeding, the SQL baseline and the
 * report work before (and independently of) the tally service.
 */
export interface BenchVillage {
  idx: number;
  id: string;
  name: string;
  districtId: string;
  townId: string;
  /** The village's first-quarter period. */
  periodId: string;
}

export interface ServiceRun {
  ms: number;
  /** Tallies written (one per village). */
  tallies: number;
  /** How the villages were run: 'sequential' or 'N at once'. */
  concurrency: string;
  /** Optional breakdown (queries per village, time per statement kind) when profiling. */
  profile: string | null;
}

export interface ServicePath {
  /** Tallies every village's first quarter through the application service. */
  run(villages: BenchVillage[]): Promise<ServiceRun>;
  /**
   * SQL (run as superuser) returning the service's result lines for the compared villages in the
   * baseline's shape: village_id, resident_id, credit_score, role_duty_score, rank.
   */
  linesSql: string;
  close(): Promise<void>;
}

/** Loaded lazily so the bench still seeds and times the SQL when the service path cannot start. */
export type ServicePathFactory = (appUrl: string, adminUrl: string) => Promise<ServicePath | null>;
