/**
 * The tenant columns every tenant-owned row carries. A district row has only districtId (its own id),
 * a town row districtId + townId, a village row all three.
 */
export interface TenantRef {
  districtId: string;
  townId: string | null;
  villageId: string | null;
}
