import { graphql } from '@village/web/graphql';

export const PublishedArtefactsDocument = graphql(`
  query ReportingPublishedArtefacts {
    publishedArtefacts(limit: 100) {
      artefactId
      kind
      title
      digest
      seq
      districtId
      loggedAt
    }
  }
`);

export const DigestCheckpointsDocument = graphql(`
  query ReportingDigestCheckpoints($districtId: ID!) {
    digestCheckpoints(districtId: $districtId) {
      id
      seq
      rootHash
      signedAt
      countersigns {
        unitName
        capacity
        signerName
        statement
        createdAt
      }
    }
  }
`);

export const CountersignCheckpointDocument = graphql(`
  mutation ReportingCountersignCheckpoint($input: CountersignCheckpointInput!) {
    countersignCheckpoint(input: $input) {
      unitName
      capacity
    }
  }
`);

export const ARTEFACT_KIND_LABELS: Record<string, string> = {
  TALLY_NOTICE: '积分公示',
  HONOUR_LIST: '荣誉榜',
  PAYOUT_PLAN: '资金发放方案',
};

/** The public page's address; the QR code adds the digest's first 16 characters, checked on the phone. */
export function publicUrl(artefactId: string, digest?: string): string {
  const base = `${window.location.origin}/m/public/${artefactId}`;
  return digest ? `${base}?d=${digest.slice(0, 16)}` : base;
}
